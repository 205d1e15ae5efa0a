package org.dyad.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.dyad.actor.ActorKnowledge;
import org.dyad.actor.Country;
import org.dyad.actor.Organisation;
import org.dyad.ontology.CameoOntology;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Validates every row of the project's own gold file, eval/gold/dyad-gold.jsonl. */
class GoldDataFileTest {
    private static final Path FILE = Path.of("..", "eval", "gold", "dyad-gold.jsonl");
    /** Sectors an annotator may append to a country code. */
    private static final Set<String> SECTORS = Set.of("GOV", "MIL", "LEG", "JUD", "OPP", "PTY", "REB", "COP", "SPY",
            "CVL", "BUS", "MED", "NGO", "ELI", "REF");

    private static GoldFile.Contents contents;

    @BeforeAll
    static void read() throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(FILE, StandardCharsets.UTF_8)) {
            contents = new GoldFile().read(reader, FILE.toString());
        }
    }

    @Test
    void everyLineParsesAndIdsAreUnique() throws IOException {
        assertThat(contents.errors()).isEmpty();
        long lines;
        try (var stream = Files.lines(FILE, StandardCharsets.UTF_8)) {
            lines = stream.filter(line -> !line.isBlank()).count();
        }
        assertThat(contents.sentences()).hasSize((int) lines).hasSizeGreaterThanOrEqualTo(320);
        assertThat(contents.sentences()).extracting(GoldSentence::id).doesNotHaveDuplicates();
    }

    @Test
    void everyCameoCodeExistsInTheOntology() {
        CameoOntology ontology = CameoOntology.load();
        List<String> unknown = new ArrayList<>();
        for (GoldSentence sentence : contents.sentences()) {
            for (GoldEvent event : sentence.events()) {
                if (ontology.find(event.cameo()).isEmpty()) {
                    unknown.add(sentence.id() + " " + event.cameo());
                }
            }
        }
        assertThat(unknown).isEmpty();
    }

    @Test
    void everyActorCodeIsACountryWithASectorOrAKnownOrganisation() {
        ActorKnowledge actors = ActorKnowledge.load();
        Set<String> organisations = actors.organisations().stream().map(Organisation::code).collect(Collectors.toSet());
        Set<String> countries = actors.countries().stream().map(Country::code).collect(Collectors.toSet());
        List<String> bad = new ArrayList<>();
        for (GoldSentence sentence : contents.sentences()) {
            for (GoldEvent event : sentence.events()) {
                for (String code : new String[] {event.source(), event.target()}) {
                    if (code != null && !organisations.contains(code) && !(countries.contains(code.substring(0,
                            Math.min(3, code.length()))) && (code.length() == 3 || SECTORS.contains(code.substring(3))))) {
                        bad.add(sentence.id() + " " + code);
                    }
                }
            }
        }
        assertThat(bad).isEmpty();
    }

    @Test
    void everyRootIsCoveredByAtLeastEightSentencesAndThirtySentencesHaveNoEvent() {
        Map<String, Integer> sentencesPerRoot = new TreeMap<>();
        for (GoldSentence sentence : contents.sentences()) {
            sentence.events().stream().map(GoldEvent::root).distinct()
                    .forEach(root -> sentencesPerRoot.merge(root, 1, Integer::sum));
        }
        for (int root = 1; root <= 20; root++) {
            assertThat(sentencesPerRoot.getOrDefault(String.format("%02d", root), 0)).as("root %02d", root)
                    .isGreaterThanOrEqualTo(8);
        }
        assertThat(sentencesPerRoot.keySet()).allMatch(root -> root.compareTo("01") >= 0 && root.compareTo("20") <= 0);
        assertThat(contents.sentences()).filteredOn(sentence -> sentence.events().isEmpty()).hasSizeGreaterThanOrEqualTo(30);
    }

    @Test
    void everySentenceIsTaggedAndEventDatesAreNotLongAfterTheArticle() {
        assertThat(contents.sentences()).allSatisfy(sentence -> {
            assertThat(sentence.tags()).as(sentence.id()).isNotEmpty();
            assertThat(sentence.events()).filteredOn(GoldEvent::isDated)
                    .filteredOn(event -> event.modality() != org.dyad.event.Modality.FUTURE)
                    .allSatisfy(event -> assertThat(event.dateStart()).as(sentence.id())
                            .isBeforeOrEqualTo(sentence.date()));
        });
    }
}
