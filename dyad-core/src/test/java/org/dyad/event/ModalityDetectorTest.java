package org.dyad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dyad.nlp.Sentence;
import org.dyad.testing.SharedCoder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Whether an event happened as the text tells it, and the word that says so. */
class ModalityDetectorTest {
    private static final String ARTICLE_DAY = "2024-04-04";

    private static TriggerFinder triggers;
    private static ModalityDetector detector;

    @BeforeAll
    static void loadCues() {
        triggers = new TriggerFinder(TriggerLexicon.load());
        detector = ModalityDetector.load();
    }

    @Test
    void didNotAttackIsNegated() {
        Event attack = only(events("Russia did not attack Ukraine."), "190");

        assertThat(attack.modality()).isEqualTo(Modality.NEGATED);
        assertThat(attack.modalityCue()).isEqualTo("not");
        assertThat(attack.source().code()).isEqualTo("RUS");
    }

    @Test
    void neverMetIsNegated() {
        Event meeting = only(events("Iran never met Iraq."), "040");

        assertThat(meeting.modality()).isEqualTo(Modality.NEGATED);
        assertThat(meeting.modalityCue()).isEqualTo("never");
    }

    @Test
    void refusingToMeetIsNegated() {
        Event meeting = only(events("Iran refused to meet Iraq."), "040");

        assertThat(meeting.modality()).isEqualTo(Modality.NEGATED);
        assertThat(meeting.modalityCue()).isEqualTo("refused");
        assertThat(meeting.target().code()).isEqualTo("IRQ");
    }

    @Test
    void couldAttackIsHypothetical() {
        Event attack = only(events("Russia could attack Ukraine."), "190");

        assertThat(attack.modality()).isEqualTo(Modality.HYPOTHETICAL);
        assertThat(attack.modalityCue()).isEqualTo("could");
    }

    @Test
    void aMeetingUnderAConditionIsHypothetical() {
        Event meeting = only(events("Officials said Iran will withdraw if Iraq meets Saudi Arabia."), "040");

        assertThat(meeting.source().code()).isEqualTo("IRQ");
        assertThat(meeting.target().code()).isEqualTo("SAU");
        assertThat(meeting.modality()).isEqualTo(Modality.HYPOTHETICAL);
        assertThat(meeting.modalityCue()).isEqualTo("if");
    }

    @Test
    void unlikelyToMeetIsHypothetical() {
        Event meeting = only(events("Iran is unlikely to meet Iraq."), "040");

        assertThat(meeting.modality()).isEqualTo(Modality.HYPOTHETICAL);
        assertThat(meeting.modalityCue()).isEqualTo("unlikely");
    }

    @Test
    void aPossibleVisitIsHypothetical() {
        Event visit = only(events("A possible visit by Modi to Japan was discussed."), "042");

        assertThat(visit.source().code()).isEqualTo("INDGOV");
        assertThat(visit.target().code()).isEqualTo("JPN");
        assertThat(visit.modality()).isEqualTo(Modality.HYPOTHETICAL);
        assertThat(visit.modalityCue()).isEqualTo("possible");
    }

    @Test
    void willVisitIsFuture() {
        Event visit = only(events("Modi will visit Japan."), "042");

        assertThat(visit.modality()).isEqualTo(Modality.FUTURE);
        assertThat(visit.modalityCue()).isEqualTo("will");
    }

    @Test
    void plansToMeetIsFuture() {
        Event meeting = only(events("India plans to meet Pakistan."), "040");

        assertThat(meeting.modality()).isEqualTo(Modality.FUTURE);
        assertThat(meeting.modalityCue()).isEqualTo("plans");
    }

    @Test
    void anUpcomingJourneyIsFuture() {
        Event journey = only(events("Modi announced an upcoming journey to Japan."), "042");

        assertThat(journey.modality()).isEqualTo(Modality.FUTURE);
        assertThat(journey.modalityCue()).isEqualTo("upcoming");
        assertThat(journey.target().code()).isEqualTo("JPN");
    }

    @Test
    void announcingOnesOwnJourneyIsTheJourneyNotAlsoAStatement() {
        List<Event> events = events("Modi announced an upcoming journey to Japan.");

        assertThat(events).noneMatch(e -> e.cameo().code().equals("010"));
        assertThat(only(events, "042").modality()).isEqualTo(Modality.FUTURE);
    }

    @Test
    void aStatementAboutAnotherActorsActIsKept() {
        Event statement = only(events("India said Pakistan attacked its border posts."), "010");

        assertThat(statement.modality()).isEqualTo(Modality.ASSERTED);
        assertThat(statement.modalityCue()).isNull();
    }

    @Test
    void aDateAfterTheArticleMakesTheEventFuture() {
        Event meeting = only(events("Iran met Iraq on April 20, 2024."), "040");

        assertThat(meeting.date().value()).isEqualTo(LocalDate.of(2024, 4, 20));
        assertThat(meeting.modality()).isEqualTo(Modality.FUTURE);
        assertThat(meeting.modalityCue()).isEqualTo("April 20, 2024");
    }

    @Test
    void aPlainPastEventIsAssertedWithoutACue() {
        Event meeting = only(events("Iran met Iraq."), "040");

        assertThat(meeting.modality()).isEqualTo(Modality.ASSERTED);
        assertThat(meeting.modalityCue()).isNull();
    }

    @Test
    void aThreatIsAssertedButTheThreatenedAttackIsNot() {
        Sentence sentence = SharedCoder.annotate("North Korea threatened to attack South Korea.").sentences().get(0);
        Trigger attack = triggers.find(sentence).stream()
                .filter(trigger -> sentence.token(trigger.token()).word().equals("attack")).findFirst().orElseThrow();

        assertThat(only(events("North Korea threatened to attack South Korea."), "1384").modality())
                .isEqualTo(Modality.ASSERTED);
        ModalityCue cue = detector.detect(sentence, attack);
        assertThat(cue.modality()).isEqualTo(Modality.HYPOTHETICAL);
        assertThat(cue.cue()).isEqualTo("threatened");
    }

    @Test
    void theDetectorPointsAtItsCueToken() {
        Sentence sentence = SharedCoder.annotate("Russia did not attack Ukraine.").sentences().get(0);
        Trigger attack = triggers.find(sentence).get(0);

        ModalityCue cue = detector.detect(sentence, attack);

        assertThat(cue.modality()).isEqualTo(Modality.NEGATED);
        assertThat(cue.cue()).isEqualTo("not");
        assertThat(sentence.token(cue.token()).word()).isEqualTo("not");
    }

    @Test
    void theDetectorFindsNoCueInAPlainSentence() {
        Sentence sentence = SharedCoder.annotate("Russia attacked Ukraine.").sentences().get(0);

        ModalityCue cue = detector.detect(sentence, triggers.find(sentence).get(0));

        assertThat(cue).isEqualTo(ModalityCue.asserted());
    }

    private static List<Event> events(String text) {
        return SharedCoder.code(text, ARTICLE_DAY).events();
    }

    private static Event only(List<Event> events, String cameo) {
        List<Event> found = events.stream().filter(e -> e.cameo().code().equals(cameo)).toList();
        assertThat(found).as("events with code %s among %s", cameo,
                events.stream().map(e -> e.cameo().code()).toList()).hasSize(1);
        return found.get(0);
    }
}
