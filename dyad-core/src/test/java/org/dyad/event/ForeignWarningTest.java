package org.dyad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.testing.SharedCoder;
import org.junit.jupiter.api.Test;

/** A warning is a threat only when it announces the warner's own act or is addressed to someone. */
class ForeignWarningTest {
    private static final String ARTICLE_DAY = "2024-04-04";

    @Test
    void aWarningAboutWhatMayHappenIsAStatement() {
        assertThat(dyads("The World Health Organization warned that the outbreak in Gaza could spread to Egypt."))
                .contains("WHO 010 -").noneMatch(d -> d.contains(" 13"));
    }

    @Test
    void aWarningAboutAnotherActorsActThreatensNobody() {
        assertThat(dyads("Human Rights Watch warned that the Sudanese army could shell the camps near Khartoum."))
                .noneMatch(d -> d.startsWith("HRW 13"));
    }

    @Test
    void aWarningOfTheWarnersOwnActStaysAThreat() {
        assertThat(dyads("Iran warned that it would strike Israeli cities."))
                .anyMatch(d -> d.startsWith("IRN 138"));
        assertThat(dyads("Putin warned that Russia could strike Polish airfields."))
                .anyMatch(d -> d.startsWith("RUSGOV 138"));
    }

    @Test
    void aWarningAddressedToSomeoneStaysAThreat() {
        assertThat(dyads("Hezbollah warned Israel that any invasion would be met with force."))
                .anyMatch(d -> d.startsWith("HZB 13") && d.endsWith(" ISR"));
    }

    private static List<String> dyads(String text) {
        return SharedCoder.code(text, ARTICLE_DAY).events().stream()
                .map(event -> event.source().code() + " " + event.cameo().code() + " "
                        + (event.target() == null ? "-" : event.target().code()))
                .toList();
    }
}
