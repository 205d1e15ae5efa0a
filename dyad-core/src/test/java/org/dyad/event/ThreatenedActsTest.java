package org.dyad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.testing.EventDyads;
import org.dyad.testing.SharedCoder;
import org.junit.jupiter.api.Test;

/** A threat is coded as the threat (CAMEO 13), not also as the act it threatens. */
class ThreatenedActsTest {
    private static List<String> dyads(String text) {
        return SharedCoder.code(text, "2024-11-20").events().stream().map(EventDyads::of).toList();
    }

    @Test
    void threatenedTariffsAreOnlyAThreat() {
        assertThat(dyads("The president threatened on Monday to impose steep tariffs on Mexico and Canada."))
                .allMatch(dyad -> dyad.contains(" 13"))
                .anyMatch(dyad -> dyad.endsWith("MEX"))
                .anyMatch(dyad -> dyad.endsWith("CAN"));
    }

    @Test
    void aVowToAttackTheRebelsIsAThreatOfForceOnly() {
        assertThat(dyads("Sudan's army chief vowed to attack the Rapid Support Forces."))
                .containsExactly("SDNMIL 1384 RSF");
    }

    @Test
    void theConditionOfAThreatIsNoEventEither() {
        assertThat(dyads("Turkey threatened to expel the US ambassador if Washington imposed new sanctions."))
                .noneMatch(dyad -> dyad.contains(" 16"))
                .anyMatch(dyad -> dyad.startsWith("TUR 13"));
    }

    @Test
    void aWarningAboutAnotherActorsAttackKeepsThatAttackAsHypothetical() {
        List<Event> events = SharedCoder.code(
                "Aid groups warned that the Rapid Support Forces could attack the camps around El Fasher.",
                "2024-06-14").events();

        assertThat(events).filteredOn(event -> event.cameo().root().equals("19"))
                .isNotEmpty()
                .allMatch(event -> event.modality() == Modality.HYPOTHETICAL);
    }

    @Test
    void anAttackCarriedOutBesideTheThreatStays() {
        assertThat(dyads("North Korea threatened South Korea and fired artillery at Yeonpyeong island."))
                .anyMatch(dyad -> dyad.startsWith("PRK 19"));
    }
}
