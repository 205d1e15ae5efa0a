package org.dyad.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.dyad.ontology.CameoOntology;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Validates every row of triggers.tsv, lightverbs.tsv and modality.tsv. */
class TriggerLexiconFileTest {
    private static TriggerLexicon lexicon;
    private static CameoOntology ontology;

    @BeforeAll
    static void load() {
        lexicon = TriggerLexicon.load();
        ontology = CameoOntology.load();
    }

    @Test
    void everyTriggerCodeIsACameoCode() {
        for (TriggerRule rule : lexicon.all()) {
            assertThat(ontology.find(rule.cameo())).as("triggers.tsv:%d %s", rule.line(), rule.cameo()).isPresent();
        }
    }

    @Test
    void everyCameoRootHasTriggers() {
        Set<String> roots = lexicon.all().stream().map(rule -> rule.cameo().substring(0, 2))
                .collect(Collectors.toSet());
        List<String> all = IntStream.rangeClosed(1, 20).mapToObj(i -> String.format("%02d", i)).toList();
        assertThat(roots).containsAll(all);
    }

    @Test
    void noRowIsRepeated() {
        List<String> keys = lexicon.all().stream()
                .map(rule -> rule.lemma() + " " + rule.wordClass() + " " + rule.requirement()).toList();
        assertThat(keys).doesNotHaveDuplicates();
    }

    @Test
    void conditionalRulesComeBeforeTheBareWord() {
        List<TriggerRule> talk = lexicon.rules("talk", WordClass.VERB);
        assertThat(talk).extracting(TriggerRule::cameo).containsExactly("041", "040");
        assertThat(lexicon.rules("impose", WordClass.VERB)).allMatch(r -> r.requirement() instanceof Requirement.Object);
    }

    @Test
    void lightVerbsAndModalityCuesLoad() {
        assertThat(lexicon.isLightVerb("unleash")).isTrue();
        assertThat(lexicon.isLightVerb("Hold")).isTrue();
        assertThat(lexicon.isLightVerb("attack")).isFalse();
        assertThat(lexicon.isLightVerb("go", "on")).isTrue();
        assertThat(lexicon.isLightVerb("go")).isFalse();
        assertThat(ModalityDetector.load()).isNotNull();
    }

    @Test
    void badRequirementsFailWithTheirReason() {
        assertThatThrownBy(() -> Requirement.parse("object:tariff"))
                .hasMessageContaining("subj, obj, mod, prep, comp, pobj or clause");
        assertThatThrownBy(() -> Requirement.parse("obj:")).hasMessageContaining("names no words");
        assertThat(Requirement.parse("clause:that")).isEqualTo(new Requirement.Clause(Set.of("that")));
        assertThatThrownBy(() -> Requirement.parse("tariff")).hasMessageContaining("obj:word");
        assertThat(Requirement.parse("prep:on|For")).isEqualTo(new Requirement.Preposition(Set.of("on", "for")));
        assertThat(Requirement.parse("comp:*")).isEqualTo(new Requirement.Complement(Set.of("*")));
        assertThat(Requirement.parse("pobj:Treaty|accord"))
                .isEqualTo(new Requirement.PrepositionObject(Set.of("treaty", "accord")));
        assertThat(Requirement.parse("subj:Bomber")).isEqualTo(new Requirement.Subject(Set.of("bomber")));
    }

    @Test
    void combinedRequirementsNeedEveryPart() {
        assertThat(Requirement.parse("obj:*&prep:to")).isEqualTo(new Requirement.All(List.of(
                new Requirement.Object(Set.of("*")), new Requirement.Preposition(Set.of("to")))));
        assertThat(Requirement.parse("obj:strike & mod:off").suffix()).isEqualTo("+obj+mod");
        assertThatThrownBy(() -> Requirement.parse("obj:strike&")).hasMessageContaining("empty part");
        assertThatThrownBy(() -> Requirement.parse("obj:strike&tariff")).hasMessageContaining("obj:word");
    }
}
