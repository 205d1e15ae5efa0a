package org.dyad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.testing.SharedCoder;
import org.junit.jupiter.api.Test;

/** Talks an actor will not hold with a partner are declined by that actor only. */
class DeclinedTalksTest {
    private static final String ARTICLE_DAY = "2024-04-04";

    @Test
    void onlyTheSubjectDeclinesTalksWithAPartner() {
        List<String> events = dyads("Serbia will not hold talks with Kosovo on the border dispute.");

        assertThat(events).anyMatch(d -> d.startsWith("SRB 04")).noneMatch(d -> d.startsWith("XKX 04"));
    }

    @Test
    void talksHeldStillGoBothWays() {
        assertThat(dyads("Serbia held talks with Kosovo on the border dispute."))
                .anyMatch(d -> d.startsWith("SRB 04")).anyMatch(d -> d.startsWith("XKX 04"));
    }

    private static List<String> dyads(String text) {
        return SharedCoder.code(text, ARTICLE_DAY).events().stream()
                .map(event -> event.source().code() + " " + event.cameo().code() + " "
                        + (event.target() == null ? "-" : event.target().code()))
                .toList();
    }
}
