package org.dyad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.testing.EventDyads;
import org.dyad.testing.SharedCoder;
import org.junit.jupiter.api.Test;

/**
 * Comments of particular kinds (CAMEO 011-019): denials, claims, options considered, condolences, optimism and
 * concern, which stay beside the act they are about.
 */
class StatementsTest {
    private static final String ARTICLE_DAY = "2024-04-04";

    @Test
    void denyingThatAnActHappenedIsADenialBesideTheNegatedAct() {
        List<Event> events = events("Hamas denied that its fighters had fired the rocket at the hospital.");

        assertThat(events).extracting(EventDyads::of).contains("HMS 016 -");
        assertThat(events).filteredOn(e -> e.cameo().root().equals("19"))
                .allMatch(e -> e.modality() == Modality.NEGATED);
        assertThat(dyads("The Kremlin dismissed allegations that Russian hackers had interfered in the vote."))
                .contains("RUSGOV 016 -");
    }

    @Test
    void claimingOnesOwnAttackClaimsResponsibilityBesideTheAttack() {
        assertThat(dyads("The Houthis claimed that they had attacked a tanker off the coast of Eritrea."))
                .anyMatch(dyad -> dyad.startsWith("HOUTHI 015"))
                .anyMatch(dyad -> dyad.startsWith("HOUTHI 19"));
        assertThat(dyads("Russia claimed that Ukraine had attacked a power plant in Kursk."))
                .noneMatch(dyad -> dyad.contains(" 015"));
    }

    @Test
    void agreeingWithAViewExpressesAccordWhileAgreeingToActIsAnIntent() {
        assertThat(dyads("The Canadian government agreed with the Senate that the law should be changed."))
                .anyMatch(dyad -> dyad.startsWith("CANGOV 019"));
        assertThat(dyads("Health officials in Ottawa said they agree with the recommendation."))
                .anyMatch(dyad -> dyad.contains(" 019"));
        assertThat(dyads("Russia and China agreed to increase trade.")).noneMatch(dyad -> dyad.contains(" 019"));
    }

    @Test
    void rejectingAccusationsTheParserLeftUnattachedIsStillADenial() {
        assertThat(dyads("The Serbian government on Friday rejected accusations its police had beaten protesters."))
                .contains("SRBGOV 016 -")
                .noneMatch(dyad -> dyad.startsWith("SRBGOV 12"));
    }

    @Test
    void aCommentReportedBySayingIsThatCommentNotAPlainStatement() {
        assertThat(dyads("Narendra Modi said he was optimistic about a trade deal with the European Union."))
                .anyMatch(dyad -> dyad.startsWith("INDGOV 013")).noneMatch(dyad -> dyad.startsWith("INDGOV 010"));
        assertThat(dyads("Egyptian Foreign Minister Sameh Shoukry said he was pessimistic about the ceasefire talks."))
                .anyMatch(dyad -> dyad.startsWith("EGYGOV 012"));
    }

    @Test
    void aCommentAboutAnActIsAimedAtTheOtherSideOfThatAct() {
        assertThat(dyads("Brazil's president said he was hopeful about a new round of talks between Argentina and Brazil."))
                .contains("BRAGOV 013 ARG").doesNotContain("BRAGOV 013 -");
    }

    @Test
    void heInAClauseReportedByAnOfficialKnownOnlyByTitleIsThatOfficial() {
        assertThat(dyads("Kenya's foreign minister said he was worried about the fighting between Sudan and Chad."))
                .contains("KENGOV 012 SDN");
        assertThat(dyads("Ghana's president said his country had forgiven Togo for the border incident."))
                .containsExactly("GHAGOV 056 TGO");
    }

    @Test
    void aSideSayingItNeverActedDeniesButWhatItWillNotDoIsNoDenial() {
        List<Event> denial = events("Israel did not strike the hospital, the Israeli military said.");
        assertThat(denial).extracting(EventDyads::of).contains("ISRMIL 016 -").doesNotContain("ISRMIL 010 -");
        assertThat(denial).filteredOn(e -> e.cameo().root().equals("19"))
                .isNotEmpty().allMatch(e -> e.modality() == Modality.NEGATED);
        assertThat(dyads("Russia has never shelled hospitals, the Kremlin spokesman claimed.")).contains("RUSGOV 016 -");
        assertThat(dyads("Peru said it would not send troops to Chile.")).noneMatch(d -> d.contains(" 016 "));
    }

    @Test
    void consideringAnActIsConsideringAPolicyOption() {
        assertThat(dyads("Japan is considering sending aid to North Korea after the floods."))
                .anyMatch(d -> d.startsWith("JPN 014"));
        assertThat(dyads("Kenya is considering a request from Haiti for more police officers."))
                .anyMatch(d -> d.startsWith("KEN 014"));
    }

    @Test
    void condolencesAndOptimismAreCommentsOfTheirKind() {
        assertThat(dyads("The Kenyan government extended its condolences to the families of the victims."))
                .anyMatch(d -> d.startsWith("KENGOV 018"));
        assertThat(dyads("German Chancellor Olaf Scholz expressed optimism about the talks with Poland."))
                .anyMatch(d -> d.startsWith("DEUGOV 013"));
        assertThat(dyads("Islamic State claimed the attack on the checkpoint near Mosul."))
                .anyMatch(d -> d.startsWith("ISIS 015"));
    }

    @Test
    void anAllegationIsAStatement() {
        assertThat(dyads("The Iraqi army alleged that Islamic State fighters had used the mosque as a base."))
                .contains("IRQMIL 010 -");
    }

    @Test
    void aSideClaimingItAttackedClaimsResponsibility() {
        assertThat(dyads("The Taliban claimed that they had attacked an army checkpoint in Kunduz."))
                .anyMatch(d -> d.startsWith("TALIBAN 015"));
        assertThat(dyads("Russia claimed that Ukrainian forces had attacked the nuclear plant."))
                .noneMatch(d -> d.startsWith("RUS 015"));
    }

    @Test
    void agreeingWithAnAssessmentIsAccordNotAPromise() {
        assertThat(dyads("Canadian health officials said they agree with the recommendation of the panel."))
                .noneMatch(d -> d.contains(" 030"));
        assertThat(dyads("Kenya agreed with the assessment of the World Bank on Monday."))
                .anyMatch(d -> d.startsWith("KEN 019"));
    }

    @Test
    void accusationsRejectedWithTheirContentAreDenied() {
        assertThat(dyads("The Kenyan government rejected accusations it had rigged the election."))
                .anyMatch(d -> d.startsWith("KENGOV 016"));
        assertThat(dyads("French President Emmanuel Macron rejected accusations his government had ignored the protests."))
                .anyMatch(d -> d.startsWith("FRA") && d.contains(" 016 "));
    }

    private static List<Event> events(String text) {
        return SharedCoder.code(text, ARTICLE_DAY).events();
    }

    private static List<String> dyads(String text) {
        return events(text).stream().map(EventDyads::of).toList();
    }
}
