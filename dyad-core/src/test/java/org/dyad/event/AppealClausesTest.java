package org.dyad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.testing.EventDyads;
import org.dyad.testing.SharedCoder;
import org.junit.jupiter.api.Test;

/** An appeal whose preposition opens a clause ("called for Japan to apologise") is still an appeal to its subject. */
class AppealClausesTest {
    private static final String ARTICLE_DAY = "2024-04-04";

    @Test
    void callingForACountryToActIsAnAppealToIt() {
        List<String> events = dyads("South Korean lawmakers called for Japan to apologise for wartime forced labour.");

        assertThat(events).anyMatch(event -> event.startsWith("KORLEG 02") && event.endsWith(" JPN"));
    }

    @Test
    void pushingForALegislatureToActIsAnAppealToIt() {
        List<String> events = dyads("The French government has pushed for the European Parliament to approve the "
                + "new asylum rules.");

        assertThat(events).anyMatch(event -> event.startsWith("FRAGOV 02") && event.endsWith(" EUPAR"));
    }

    @Test
    void aPurposeClauseIsNoAppeal() {
        List<String> events = dyads("The Indian minister called the meeting to discuss the floods.");

        assertThat(events).noneMatch(event -> event.startsWith("INDGOV 02"));
    }

    private static List<String> dyads(String text) {
        return SharedCoder.code(text, ARTICLE_DAY).events().stream().map(EventDyads::of).toList();
    }
}
