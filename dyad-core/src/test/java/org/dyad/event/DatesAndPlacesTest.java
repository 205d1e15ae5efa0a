package org.dyad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dyad.testing.SharedCoder;
import org.dyad.time.DateBasis;
import org.dyad.time.DatePrecision;
import org.junit.jupiter.api.Test;

/** When and where an event happened, for an article published on 2024-04-04. */
class DatesAndPlacesTest {
    private static final String ARTICLE_DAY = "2024-04-04";

    @Test
    void aMeetingInGenevaOnADay() {
        List<Event> events = events("Iran and Iraq met in Geneva on March 22, 2024.");

        assertThat(events).hasSize(2);
        for (Event meeting : events) {
            assertThat(meeting.location().name()).isEqualTo("Geneva");
            assertThat(meeting.location().country()).isEqualTo("CHE");
            assertThat(meeting.location().text()).isEqualTo("Geneva");
            assertThat(meeting.date().value()).isEqualTo(LocalDate.of(2024, 3, 22));
            assertThat(meeting.date().start()).isEqualTo(LocalDate.of(2024, 3, 22));
            assertThat(meeting.date().end()).isEqualTo(LocalDate.of(2024, 3, 22));
            assertThat(meeting.date().precision()).isEqualTo(DatePrecision.DAY);
            assertThat(meeting.date().basis()).isEqualTo(DateBasis.EXPRESSION);
            assertThat(meeting.date().text()).isEqualTo("March 22, 2024");
        }
    }

    @Test
    void aMeetingInAThirdCountryIsCodedAsSuch() {
        List<Event> events = events("Iran and Iraq met in Geneva on March 22, 2024.");

        assertThat(events).extracting(e -> e.cameo().code()).containsOnly("044");
        assertThat(events).extracting(e -> e.source().code()).containsExactlyInAnyOrder("IRN", "IRQ");
    }

    @Test
    void talksInTheCapitalOfOneSideStayPlainTalks() {
        List<Event> events = events("Iran and Iraq held talks in Baghdad.");

        assertThat(events).extracting(e -> e.cameo().code()).containsOnly("040");
        assertThat(events).extracting(e -> e.location().name()).containsOnly("Baghdad");
        assertThat(events).extracting(e -> e.location().country()).containsOnly("IRQ");
    }

    @Test
    void threeDaysLaterCountsFromTheDateBefore() {
        List<Event> events = events("Iran and Iraq met in Geneva on March 22, 2024. Three days later, Iran attacked Iraq.");

        Event attack = events.stream().filter(e -> e.cameo().code().equals("190")).findFirst().orElseThrow();
        assertThat(attack.sentence()).isEqualTo(1);
        assertThat(attack.date().value()).isEqualTo(LocalDate.of(2024, 3, 25));
        assertThat(attack.date().precision()).isEqualTo(DatePrecision.DAY);
        assertThat(attack.date().basis()).isEqualTo(DateBasis.EXPRESSION);
        assertThat(attack.date().text()).isEqualToIgnoringCase("three days later");
        assertThat(attack.location()).isNull();
    }

    @Test
    void aWeekdayIsTheLastOneBeforeTheArticle() {
        List<Event> events = events("Talks between Iran and Iraq resumed on Monday.");

        assertThat(events).isNotEmpty().allSatisfy(e -> {
            assertThat(e.date().value()).isEqualTo(LocalDate.of(2024, 4, 1));
            assertThat(e.date().text()).isEqualTo("Monday");
        });
    }

    @Test
    void anUndatedEventFallsBackToTheArticleDate() {
        Event attack = events("Russia attacked Ukraine.").get(0);

        assertThat(attack.date().value()).isEqualTo(LocalDate.of(2024, 4, 4));
        assertThat(attack.date().start()).isEqualTo(LocalDate.of(2024, 4, 4));
        assertThat(attack.date().end()).isEqualTo(LocalDate.of(2024, 4, 4));
        assertThat(attack.date().basis()).isEqualTo(DateBasis.ARTICLE);
        assertThat(attack.date().text()).isNull();
        assertThat(attack.location()).isNull();
    }

    private static List<Event> events(String text) {
        return SharedCoder.code(text, ARTICLE_DAY).events();
    }
}
