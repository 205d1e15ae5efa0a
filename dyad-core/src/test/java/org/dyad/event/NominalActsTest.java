package org.dyad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.coder.CodedArticle;
import org.dyad.testing.SharedCoder;
import org.junit.jupiter.api.Test;

/**
 * Acts named by nouns or told in the passive whose participants the clause around them gives: the claimer of an
 * attack, the one complained to over an act, the victims harmed by it, the author of the act a reaction answers,
 * a weapon standing for its country, and a possessive day that says when, not who.
 */
class NominalActsTest {
    private static final String ARTICLE_DAY = "2024-04-04";

    @Test
    void whoClaimsAnAttackCarriedItOut() {
        assertThat(dyads("Hezbollah claimed a drone attack that wounded three Israeli soldiers."))
                .contains("HZB 015 -", "HZB 195 ISRMIL");
        assertThat(dyads("The attack on the police station in Peshawar was claimed by the Pakistani Taliban."))
                .contains("TTP 190 PAKCOP")
                .anyMatch(dyad -> dyad.startsWith("TTP 015"));
    }

    @Test
    void aPossessiveDayDatesTheActAndLeavesItsAuthorToTheClaim() {
        CodedArticle coded = SharedCoder.code("Al-Shabaab claimed responsibility for Monday's car bombing in Mogadishu.",
                ARTICLE_DAY);
        assertThat(coded.events()).anySatisfy(event -> {
            assertThat(event.cameo().code()).startsWith("183");
            assertThat(event.source().code()).isEqualTo("SHABAAB");
            assertThat(event.date().start()).hasToString("2024-04-01");
        });
    }

    @Test
    void theOneComplainedToOverAnActCommittedIt() {
        assertThat(dyads("Japan lodged a protest with China over the incursion into its airspace on Monday."))
                .containsExactly("JPN 114 CHN", "CHN 190 JPN");
    }

    @Test
    void aComplaintAboutPeacefulActsNamesNoAuthor() {
        assertThat(dyads("The foreign ministry complained to China about the talks."))
                .noneMatch(dyad -> dyad.startsWith("CHN"));
    }

    @Test
    void anAccusationIsNoReportOfTheActCharged() {
        assertThat(dyads("The Venezuelan government accused Colombia of an assassination attempt against President Maduro."))
                .noneMatch(dyad -> dyad.startsWith("COL"));
    }

    @Test
    void anAttemptOnSomeonesLifeIsAnAssassinationAttemptAgainstTheOneShot() {
        assertThat(dyads("Japanese Prime Minister Fumio Kishida was attacked in an assassination attempt by a Japanese man."))
                .containsExactly("JPN 185 JPNGOV");
    }

    @Test
    void theNamedPeopleKilledInAnAttackAreItsTargetNotThePlaceAimedAt() {
        assertThat(dyads("Two Turkish soldiers were killed in a rocket attack by Kurdish militants on a base in northern Iraq."))
                .containsExactly("REB 190 TURMIL");
        assertThat(dyads("The Iranian embassy in Beirut was destroyed by an Israeli air strike on Monday."))
                .contains("ISR 195 IRN");
    }

    @Test
    void unnamedVictimsLeaveThePlaceAimedAtAsTarget() {
        assertThat(dyads("Ten people were killed in an Israeli strike on Gaza on Tuesday."))
                .containsExactly("ISR 190 PSE");
    }

    @Test
    void aHostileReactionIsAimedAtTheAuthorOfTheActItAnswers() {
        assertThat(dyads("Israel put its air defences on high alert after the Iranian missile attack."))
                .contains("ISR 152 IRN");
    }

    @Test
    void weaponsStandForTheirCountryAsAgentsOfAPassive() {
        assertThat(dyads("A hospital in Kharkiv was hit by Russian missiles on Thursday."))
                .containsExactly("RUS 195 UKR");
    }

    @Test
    void shuttlingBetweenTwoSidesIsMediation() {
        assertThat(dyads("Egyptian mediators shuttled between Israel and Hamas."))
                .containsExactly("EGY 045 ISR", "EGY 045 HMS");
    }

    private static List<String> dyads(String text) {
        return SharedCoder.code(text, ARTICLE_DAY).events().stream()
                .map(event -> event.source().code() + " " + event.cameo().code() + " "
                        + (event.target() == null ? "-" : event.target().code()))
                .toList();
    }
}
