package org.dyad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dyad.testing.SharedCoder;
import org.junit.jupiter.api.Test;

/** One event per real-world event within an article, however often the article reports it. */
class DeduplicationTest {
    private static final String ARTICLE_DAY = "2024-04-04";

    @Test
    void theSameEventReportedTwiceIsOneEventWithTwoMentions() {
        double once = attacks(events("Russia attacked Ukraine.")).get(0).confidence();
        List<Event> attacks = attacks(events("Russia attacked Ukraine. Officials in Kyiv said Russia attacked Ukraine."));

        assertThat(attacks).hasSize(1);
        Event attack = attacks.get(0);
        assertThat(attack.mentions()).extracting(Event.Mention::sentence).containsExactly(0, 1);
        assertThat(attack.sentence()).isZero();
        assertThat(attack.id()).isEqualTo("test-0-0");
        assertThat(attack.confidence()).isGreaterThan(once).isLessThanOrEqualTo(0.99);
    }

    @Test
    void theSameDatedEventReportedTwiceIsOneEvent() {
        List<Event> attacks = attacks(events(
                "Russia attacked Ukraine on Monday. Ukraine said Russia attacked Ukraine on Monday."));

        assertThat(attacks).hasSize(1);
        assertThat(attacks.get(0).date().value()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(attacks.get(0).mentions()).hasSize(2);
    }

    @Test
    void twoDifferentDatesAreTwoEvents() {
        List<Event> attacks = attacks(events(
                "Russia attacked Ukraine on March 2, 2024. Russia attacked Ukraine again on March 20, 2024."));

        assertThat(attacks).hasSize(2);
        assertThat(attacks).extracting(e -> e.date().value())
                .containsExactly(LocalDate.of(2024, 3, 2), LocalDate.of(2024, 3, 20));
        assertThat(attacks).allSatisfy(e -> assertThat(e.mentions()).hasSize(1));
        assertThat(attacks).extracting(Event::id).containsExactly("test-0-0", "test-1-0");
    }

    @Test
    void aSingleReportHasOneMentionOfItsOwnSentence() {
        Event attack = attacks(events("Russia attacked Ukraine.")).get(0);

        assertThat(attack.mentions()).hasSize(1);
        Event.Mention mention = attack.mentions().get(0);
        assertThat(mention.sentence()).isZero();
        assertThat(mention.confidence()).isEqualTo(attack.confidence());
    }

    private static List<Event> events(String text) {
        return SharedCoder.code(text, ARTICLE_DAY).events();
    }

    private static List<Event> attacks(List<Event> events) {
        return events.stream().filter(e -> e.cameo().code().equals("190")).toList();
    }
}
