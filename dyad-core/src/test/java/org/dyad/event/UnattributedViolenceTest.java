package org.dyad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.testing.SharedCoder;
import org.junit.jupiter.api.Test;

/** Violence by an unknown hand is reported with an unresolved source; an act with a known author is not doubled. */
class UnattributedViolenceTest {
    private static final String ARTICLE_DAY = "2024-04-04";

    @Test
    void aBombThatKilledIsViolenceByAnUnknownHand() {
        assertThat(dyads("A roadside bomb killed three Pakistani soldiers in North Waziristan on Monday."))
                .containsExactly("?roadside bomb 190 PAKMIL");
    }

    @Test
    void theAgentOfAPassiveStandsForTheDoer() {
        assertThat(dyads("Twelve Afghan civilians were wounded by the blast in Kabul."))
                .contains("?blast 190 AFGCVL");
    }

    @Test
    void anActWhoseAuthorIsKnownIsNotDoubled() {
        assertThat(dyads("Islamic State claimed a car bombing that killed eight Syrian soldiers."))
                .noneMatch(dyad -> dyad.startsWith("?"));
        assertThat(dyads("Israel's attack on Lebanon killed dozens of civilians."))
                .noneMatch(dyad -> dyad.startsWith("?"));
    }

    @Test
    void aSubjectSharedWithAnotherVerbIsNoDoer() {
        assertThat(dyads("The Georgian pilot ejected but was captured and killed on the ground."))
                .noneMatch(dyad -> dyad.startsWith("?"));
    }

    @Test
    void wordsOfOtherActsStayWithoutASource() {
        assertThat(dyads("The blast destroyed a warehouse near the port of Beirut.")).isEmpty();
    }

    private static List<String> dyads(String text) {
        return SharedCoder.code(text, ARTICLE_DAY).events().stream()
                .map(event -> (event.source().code() == null ? "?" + event.source().text() : event.source().code())
                        + " " + event.cameo().code() + " " + (event.target() == null ? "-" : event.target().code()))
                .toList();
    }
}
