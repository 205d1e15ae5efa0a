package org.dyad.coder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.dyad.article.Article;
import org.dyad.event.Event;
import org.dyad.event.Modality;
import org.dyad.testing.SharedCoder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The article Dyad began from, coded end to end: the events an analyst would write down, and none of the noise. */
class ExampleArticleTest {
    private static final Path EXAMPLE = Path.of("..", "examples", "2024-04-04-us-china-call.txt");
    private static List<Event> events;

    @BeforeAll
    static void codeTheExample() throws IOException {
        String raw = Files.readString(EXAMPLE);
        String text = raw.strip().replaceFirst("^date 2024-04-04\\s+", "");
        events = SharedCoder.get().code(new Article("us-china-call", LocalDate.of(2024, 4, 4), null, null, null, text))
                .events();
    }

    @Test
    void theBidenXiPhoneCallThisWeek() {
        Event call = only(e -> e.cameo().root().equals("04") && country(e, "USA", "CHN")
                && e.evidence().contains("talked on the phone"));
        assertThat(call.date().start()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(call.date().end()).isEqualTo(LocalDate.of(2024, 4, 7));
        assertThat(call.modality()).isEqualTo(Modality.ASSERTED);
        assertThat(events).anyMatch(e -> e.cameo().root().equals("04") && country(e, "CHN", "USA")
                && e.evidence().contains("talked on the phone"));
    }

    @Test
    void theSanFranciscoMeetingLastNovember() {
        Event meeting = only(e -> e.cameo().root().equals("04") && e.location() != null
                && e.location().name().equals("San Francisco") && "USA".equals(e.source().country()));
        assertThat(meeting.date().start()).isEqualTo(LocalDate.of(2023, 11, 1));
        assertThat(meeting.date().end()).isEqualTo(LocalDate.of(2023, 11, 30));
        assertThat(meeting.target().country()).isEqualTo("CHN");
        assertThat(events).anyMatch(e -> e.trigger().equals("meeting") && country(e, "CHN", "USA"));
        assertThat(meeting.location().country()).isEqualTo("USA");
    }

    @Test
    void sullivanMetWangYiInBangkokAtTheEndOfJanuary() {
        Event bangkok = only(e -> e.cameo().root().equals("04") && e.source().name().equals("Jake Sullivan"));
        assertThat(bangkok.source().code()).isEqualTo("USAGOV");
        assertThat(bangkok.target().code()).isEqualTo("CHNGOV");
        assertThat(bangkok.target().name()).isEqualTo("Wang Yi");
        assertThat(bangkok.location().name()).isEqualTo("Bangkok");
        assertThat(bangkok.location().country()).isEqualTo("THA");
        assertThat(bangkok.date().start()).isBetween(LocalDate.of(2024, 1, 15), LocalDate.of(2024, 1, 31));
        assertThat(bangkok.date().end()).isEqualTo(LocalDate.of(2024, 1, 31));
    }

    @Test
    void blinkenMetWangYiInMunichInFebruary() {
        Event munich = only(e -> e.cameo().root().equals("04") && e.source().name().equals("Antony Blinken"));
        assertThat(munich.source().code()).isEqualTo("USAGOV");
        assertThat(munich.target().code()).isEqualTo("CHNGOV");
        assertThat(munich.location().name()).isEqualTo("Munich");
        assertThat(munich.date().start()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(munich.date().end()).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void chinaAndRussiaVetoedOnMarch22() {
        for (String vetoer : List.of("CHN", "RUS")) {
            Event veto = only(e -> e.cameo().root().equals("12") && vetoer.equals(e.source().country())
                    && e.date().value().equals(LocalDate.of(2024, 3, 22)));
            assertThat(veto.modality()).isEqualTo(Modality.ASSERTED);
            assertThat(veto.evidence()).contains("alongside Russia, vetoed");
        }
    }

    @Test
    void russiaVetoedInLateMarch() {
        Event veto = only(e -> e.cameo().root().equals("12") && "RUS".equals(e.source().country())
                && e.evidence().contains("late March"));
        assertThat(veto.date().start()).isAfterOrEqualTo(LocalDate.of(2024, 3, 15));
        assertThat(veto.date().end()).isEqualTo(LocalDate.of(2024, 3, 31));
    }

    @Test
    void trumpsTariffsOf2018WereTheGovernments() {
        Event tariffs = only(e -> e.cameo().root().equals("16") && e.evidence().contains("Customs duties")
                && e.date().value().getYear() == 2018 && e.cameo().code().equals("163"));
        assertThat(tariffs.source().name()).isEqualTo("Donald Trump");
        assertThat(tariffs.source().code()).isEqualTo("USAGOV");
        assertThat(tariffs.target().country()).isEqualTo("CHN");
        assertThat(events).noneMatch(e -> e.evidence().contains("Customs duties") && e.date().value().getYear() != 2018);
    }

    @Test
    void trumpsPromiseOf2024IsACandidatesNotTheGovernments() {
        Event promise = only(e -> e.evidence().contains("if he is re-elected") && e.source().name().equals("Donald Trump"));
        assertThat(promise.source().code()).isEqualTo("USAELI");
        assertThat(promise.target()).isNull();
    }

    @Test
    void noPressureOnPutinAndNoConfrontation() {
        assertThat(events).filteredOn(e -> e.evidence().contains("put pressure on Putin"))
                .allMatch(e -> e.modality() != Modality.ASSERTED);
        assertThat(events).filteredOn(e -> e.evidence().contains("put pressure on Putin")
                        && e.cameo().code().equals("170"))
                .extracting(Event::modality).containsExactly(Modality.NEGATED);
        assertThat(events).noneMatch(e -> e.evidence().contains("Thucydides") && e.modality() == Modality.ASSERTED);
    }

    @Test
    void everyEventKeepsItsEvidence() {
        assertThat(events).hasSizeGreaterThanOrEqualTo(8);
        for (Event event : events) {
            assertThat(event.evidence()).contains(event.trigger());
            assertThat(event.confidence()).isBetween(0.0, 1.0);
            assertThat(event.rule()).isNotBlank();
            assertThat(event.id()).startsWith("us-china-call-" + event.sentence() + "-");
        }
        assertThat(events).extracting(Event::id).doesNotHaveDuplicates();
    }

    private static boolean country(Event event, String source, String target) {
        return source.equals(event.source().country()) && event.target() != null
                && target.equals(event.target().country());
    }

    private static Event only(Predicate<Event> wanted) {
        List<Event> found = events.stream().filter(wanted).toList();
        assertThat(found).as("events matching, among %s", summary()).hasSize(1);
        return found.get(0);
    }

    private static List<String> summary() {
        return events.stream().map(e -> e.source().code() + " " + e.cameo().code() + " "
                + (e.target() == null ? "-" : e.target().code()) + " " + e.date().value() + " " + e.trigger()).toList();
    }
}
