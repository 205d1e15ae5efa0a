package org.dyad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.testing.EventDyads;
import org.dyad.testing.SharedCoder;
import org.junit.jupiter.api.Test;

/**
 * Rules that read a sentence's events together or look past the words of one phrase: acts framed by an appeal,
 * intent or threat, statements that only report another event, actors known by their kind placed in a country,
 * and targets that stand for their owner.
 */
class SentenceRulesTest {
    private static final String ARTICLE_DAY = "2024-04-04";

    @Test
    void anOfferToMediateIsAnIntentTowardsBothSides() {
        List<String> dyads = dyads("Oman offered to mediate between Iran and the United States.");

        assertThat(dyads).containsExactlyInAnyOrder("OMN 030 IRN", "OMN 030 USA");
    }

    @Test
    void anAgreementToHoldTalksTakesTheTalksPartnerAndKeepsTheFutureTalks() {
        List<Event> events = events("Norway agreed to hold talks with Sri Lanka.");

        assertThat(events).extracting(EventDyads::of).contains("NOR 030 LKA");
        assertThat(events).filteredOn(e -> e.cameo().root().equals("04"))
                .isNotEmpty().allMatch(e -> e.modality() == Modality.FUTURE);
    }

    @Test
    void votingInFavourOfAResolutionEndorsesItsAuthor() {
        assertThat(dyads("Brazil voted in favour of the Security Council resolution on Haiti."))
                .containsExactly("BRA 051 UNSC");
        assertThat(dyads("Brazil voted in the general election on Sunday.")).isEmpty();
    }

    @Test
    void theActAnAppealAsksForDidNotHappen() {
        assertThat(dyads("Ghana urged Togo to release the detained journalists.")).containsExactly("GHA 0253 TGO");
    }

    @Test
    void aMinistryReportingItsOwnPolicesArrestsAddsNoStatement() {
        assertThat(dyads("Police in Lima detained twenty protesters, the interior ministry said."))
                .containsExactly("PERCOP 173 PERCVL");
    }

    @Test
    void aSpeakerWithNoCountryWhoOnlyReportsAnActAddsNoStatement() {
        assertThat(dyads("Bolivia expelled two Chilean diplomats, an official said.")).containsExactly("BOL 166 CHLGOV");
    }

    @Test
    void protestersInACityAreOfItsCountry() {
        assertThat(dyads("Protesters in Nairobi burned tyres.")).containsExactly("KENCVL 145 KENGOV");
    }

    @Test
    void aGovernmentRefusingToMeetProtestersRefusesItsOwnCitizens() {
        List<Event> events = events("The Kenyan government refused to meet the protesters.");

        assertThat(events).extracting(EventDyads::of).contains("KENGOV 120 KENCVL");
        assertThat(events).filteredOn(e -> e.cameo().root().equals("04"))
                .allMatch(e -> e.modality() == Modality.NEGATED);
    }

    @Test
    void villagesOfACountryStandForIt() {
        assertThat(dyads("Azerbaijani troops shelled Armenia's border villages.")).containsExactly("AZEMIL 194 ARM");
    }

    @Test
    void troopsSentToACountryAreWhatIsSentNotWhomItIsSentTo() {
        assertThat(dyads("Pakistan sent 500 troops to Saudi Arabia.")).containsExactly("PAK 070 SAU");
    }

    @Test
    void aWordOfAnOrganisationsNameIsNoTrigger() {
        List<Event> events = events("The Rapid Support Forces shelled a market in Omdurman.");

        assertThat(events).extracting(e -> e.cameo().code()).containsExactly("194");
        assertThat(events.get(0).source().code()).isEqualTo("RSF");
    }

    @Test
    void aCourtFindingAForeignerGuiltyActsOnHisCountry() {
        Event verdict = only(events("A Tehran court found the British engineer guilty of spying."));

        assertThat(verdict.cameo().code()).isEqualTo("116");
        assertThat(verdict.source().country()).isEqualTo("IRN");
        assertThat(verdict.target().country()).isEqualTo("GBR");
    }

    @Test
    void rejectingAccusationsIsADenialNotARejection() {
        assertThat(dyads("Serbia rejected accusations of war crimes.")).containsExactly("SRB 016 -");
    }

    @Test
    void aMeetingHeldToDiscussIsOneMeeting() {
        List<String> dyads = dyads("Russian and Turkish officials met in Geneva to discuss the grain corridor.");

        assertThat(dyads).containsExactlyInAnyOrder("RUSGOV 044 TURGOV", "TURGOV 044 RUSGOV");
    }

    @Test
    void talksAVisitorArrivedForAreTheVisit() {
        assertThat(dyads("Wang Yi arrived in Canberra on Monday for talks with Australian officials."))
                .containsExactly("CHNGOV 042 AUSGOV");
    }

    @Test
    void killingWhileShellingIsTheShelling() {
        assertThat(events("Ethiopian troops shelled the town, killing four civilians."))
                .extracting(e -> e.cameo().code()).containsExactly("194");
    }

    @Test
    void aProtestNamingNoOneIsAgainstTheProtestersGovernment() {
        assertThat(dyads("Chilean students marched in Santiago against the pension reform."))
                .containsExactly("CHLCVL 1412 CHLGOV");
    }

    @Test
    void callingOnWithAParticleIsAnAppealToTheObject() {
        assertThat(dyads("The African Union called on Sudan to end the fighting.")).containsExactly("AU 020 SDN");
    }

    @Test
    void aDealBrokeredByAThirdStateIsItsMediationBetweenTheParties() {
        assertThat(dyads("Serbia and Kosovo signed a border agreement brokered by the European Union on Monday."))
                .contains("EU 045 SRB", "EU 045 XKX");
        assertThat(dyads("Hamas released two Thai hostages in a deal brokered by Egypt."))
                .contains("EGY 045 HMS", "EGY 045 THA");
    }

    @Test
    void civiliansFightingPoliceIsAViolentProtest() {
        assertThat(dyads("Students in Dhaka clashed with police on Sunday.")).containsExactly("BGDCVL 145 BGDCOP");
    }

    @Test
    void beingReadyToHoldTalksIsAnIntentToMeetFromTheReadySideOnly() {
        List<Event> events = events("Peru said it was ready to resume talks with Chile.");

        assertThat(events).extracting(EventDyads::of).containsExactly("PER 036 CHL");
        assertThat(events).allMatch(e -> e.modality() == Modality.ASSERTED);
    }

    @Test
    void beingReadyToActWithAStateWhenTheActIsNoEventIsAnIntentTowardsThatState() {
        assertThat(dyads("Vietnam said it was ready to work with the Philippines on easing tensions in the South China Sea."))
                .containsExactly("VNM 030 PHL");
        assertThat(dyads("The Serbian government said it was willing to normalise relations with Kosovo."))
                .containsExactly("SRBGOV 030 XKX");
    }

    @Test
    void readinessTakesTheOtherSideOfADisputeAndReadinessTowardsNoOneIsNoIntent() {
        assertThat(dyads("The Houthis said they were willing to end their conflict with Saudi Arabia."))
                .containsExactly("HOUTHI 030 SAU");
        assertThat(dyads("Nigeria's army chief said the country's troops were prepared to respond to any attack."))
                .noneMatch(d -> d.contains(" 03"));
    }

    @Test
    void acceptingMediationIsAnIntentTowardsTheMediator() {
        List<Event> events = events("Sudan said it would accept Kenyan mediation on the ceasefire.");
        assertThat(events).extracting(EventDyads::of).contains("SDN 038 KEN");
        assertThat(events).filteredOn(e -> e.cameo().code().equals("038"))
                .allMatch(e -> e.modality() == Modality.ASSERTED);
    }

    @Test
    void beingReadyToStrikeIsAThreatNotAnIntentToCooperate() {
        assertThat(dyads("Pakistan said it was ready to strike India.")).anyMatch(d -> d.startsWith("PAK 138"))
                .noneMatch(d -> d.startsWith("PAK 03"));
    }

    @Test
    void anActAStateSaysItWouldTakeIsAnIntentButOneItWouldNotTakeStaysNegated() {
        assertThat(dyads("Vietnam announced it would deepen security cooperation with Japan."))
                .containsExactly("VNM 0312 JPN");
        List<Event> refusal = events("Peru said it would not send troops to Chile.");
        assertThat(refusal).extracting(EventDyads::of).containsExactly("PER 070 CHL");
        assertThat(refusal).allMatch(e -> e.modality() == Modality.NEGATED);
    }

    @Test
    void anActAStateSaysItWillTakeIsAnIntentWhileAnActReportedAsPlannedStaysFuture() {
        List<Event> intent = events("Hamas said on Tuesday it will release two Israeli hostages.");
        assertThat(intent).extracting(EventDyads::of).anyMatch(dyad -> dyad.startsWith("HMS 035"))
                .noneMatch(dyad -> dyad.startsWith("HMS 084"));
        List<Event> planned = events("Germany will send Ukraine another air defence system, its defence minister said.");
        assertThat(planned).extracting(EventDyads::of).anyMatch(dyad -> dyad.startsWith("DEU 07"));
        assertThat(planned).filteredOn(e -> e.cameo().root().equals("07"))
                .allMatch(e -> e.modality() == Modality.FUTURE);
    }

    @Test
    void whatAnotherStateWouldDoIsNoIntentOfTheSpeaker() {
        assertThat(dyads("Peru said Chile would send troops to Bolivia."))
                .noneMatch(dyad -> dyad.contains(" 03"));
    }

    @Test
    void weaponsFiredAtATargetAreTheMeansNotTheTarget() {
        assertThat(dyads("Azerbaijani troops fired Israeli-made drones at an Armenian army post."))
                .containsExactly("AZEMIL 190 ARMMIL");
    }

    @Test
    void theForcesADeploymentMovesAreTheActorsOwn() {
        assertThat(dyads("Egypt mobilised additional troops along its border with Libya."))
                .containsExactly("EGY 154 LBY");
        assertThat(dyads("Russia deployed warships and bombers around Japan.")).containsExactly("RUS 154 JPN");
    }

    @Test
    void aRegionNamedByItsCityIsAPlaceOfThatCountry() {
        assertThat(dyads("Russian troops captured three villages in the Kharkiv region."))
                .containsExactly("RUSMIL 192 UKR");
    }

    @Test
    void aPlaceNearASideNamesItOnlyWhenNoOneElseIsNamed() {
        assertThat(dyads("Egypt massed tanks near the border with Libya.")).containsExactly("EGY 154 LBY");
        assertThat(dyads("Rebels kidnapped two Kenyan engineers near the Somali border."))
                .containsExactly("REB 181 KEN");
    }

    private static List<Event> events(String text) {
        return SharedCoder.code(text, ARTICLE_DAY).events();
    }

    private static List<String> dyads(String text) {
        return events(text).stream().map(EventDyads::of).toList();
    }

    private static Event only(List<Event> events) {
        assertThat(events).as("events %s", events.stream().map(EventDyads::of).toList()).hasSize(1);
        return events.get(0);
    }
}
