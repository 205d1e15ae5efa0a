package org.dyad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.testing.SharedCoder;
import org.junit.jupiter.api.Test;

/**
 * Leaving a treaty or a body, ending cooperation and sending foreign troops home reduce relations (16); ramming a
 * vessel and storming an embassy seize or damage property (171); using people as human shields is 184.
 */
class WithdrawalAndSeizureTest {
    private static final String ARTICLE_DAY = "2024-04-04";

    @Test
    void leavingATreatyOrABodyIsAWithdrawal() {
        assertThat(dyads("Burkina Faso withdrew from the regional defence pact on Monday."))
                .anyMatch(d -> d.startsWith("BFA 166"));
        assertThat(dyads("Argentina pulled out of the climate accord last year."))
                .anyMatch(d -> d.startsWith("ARG 166"));
        assertThat(dyads("Nicaragua quit the regional trade bloc."))
                .anyMatch(d -> d.startsWith("NIC 166"));
    }

    @Test
    void troopsWithdrawingFromTownsAreNoWithdrawalFromATreaty() {
        assertThat(dyads("Israeli troops withdrew from the town of Jenin on Friday."))
                .noneMatch(d -> d.contains(" 166"));
    }

    @Test
    void endingCooperationAndOrderingTroopsOutReduceRelations() {
        List<String> events = dyads("Mali ended its military cooperation with France and ordered French troops to leave.");

        assertThat(events).anyMatch(d -> d.matches("MLI\\w* 160 FRA"))
                .anyMatch(d -> d.matches("MLI\\w* 166 FRAMIL"));
    }

    @Test
    void rammingAVesselAndStormingAnEmbassySeizeProperty() {
        assertThat(dyads("A Chinese coast guard ship rammed a Vietnamese fishing boat near the Paracel Islands."))
                .anyMatch(d -> d.startsWith("CHN") && d.contains(" 171"));
        assertThat(dyads("Iranian protesters stormed the Saudi embassy in Tehran."))
                .anyMatch(d -> d.contains(" 171 SAU"));
    }

    @Test
    void humanShieldsAreTheirOwnCode() {
        assertThat(dyads("The Israeli army said Hamas used civilians as human shields."))
                .anyMatch(d -> d.startsWith("HMS 184"));
    }

    private static List<String> dyads(String text) {
        return SharedCoder.code(text, ARTICLE_DAY).events().stream()
                .map(event -> event.source().code() + " " + event.cameo().code() + " "
                        + (event.target() == null ? "-" : event.target().code()))
                .toList();
    }
}
