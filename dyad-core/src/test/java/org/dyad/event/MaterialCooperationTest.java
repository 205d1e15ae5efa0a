package org.dyad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.testing.EventDyads;
import org.dyad.testing.SharedCoder;
import org.junit.jupiter.api.Test;

/**
 * Material cooperation, aid and yielding (CAMEO 06-08) in the words news writers use: lifting and easing
 * sanctions, curfews and emergencies, returning property, calling off strikes, ceasefires and aid amounts.
 * Many of these acts name no one they are done to, and are still events.
 */
class MaterialCooperationTest {
    private static final String ARTICLE_DAY = "2024-04-04";

    @Test
    void liftingOrEasingAMeasureIsCodedByWhatWasLifted() {
        assertThat(dyads("Japan eased sanctions on North Korea.")).containsExactly("JPN 085 PRK");
        assertThat(dyads("Jordan relaxed the curfew in Amman.")).containsExactly("JOR 0813 -");
        assertThat(dyads("Peru lifted the state of emergency in Lima on Monday.")).containsExactly("PER 0814 -");
        assertThat(dyads("Azerbaijan lifted its blockade of the Lachin corridor.")).containsExactly("AZE 0872 -");
    }

    @Test
    void rescindingOrRepealingSanctionsEasesThem() {
        assertThat(dyads("Canada rescinded its sanctions against Iran.")).containsExactly("CAN 085 IRN");
        assertThat(dyads("Chile repealed the travel restrictions on Peru.")).containsExactly("CHL 081 PER");
    }

    @Test
    void liftingAnythingElseIsNoYield() {
        assertThat(dyads("France lifted the trophy in Paris.")).isEmpty();
    }

    @Test
    void whatTheObjectIsAPartOfMeetsTheRequirement() {
        assertThat(dyads("Turkey has begun withdrawing some of its troops from Syria."))
                .containsExactly("TUR 0874 SYR");
    }

    @Test
    void returningSomethingToSomeoneIsReturningProperty() {
        assertThat(dyads("Mexico returned three stolen paintings to the government of Italy."))
                .containsExactly("MEX 0842 ITAGOV");
        assertThat(dyads("The Mexican president returned to Mexico City on Sunday.")).isEmpty();
    }

    @Test
    void callingOffAStrikeEasesDissentButCallingOnIsAnAppeal() {
        assertThat(codes("Bolivian miners called off their strike on Monday.")).containsExactly("082");
        assertThat(codes("Bolivian miners called off their trip to Peru.")).doesNotContain("082");
    }

    @Test
    void theReleaseOfPeopleAnnouncedIsAReleaseByTheAnnouncer() {
        assertThat(dyads("Kenya announced the release of two Ugandan journalists."))
                .containsExactly("KEN 0841 UGAMED");
        assertThat(codes("Kenya issued a press release on the election.")).doesNotContain("084");
    }

    @Test
    void anAmountAnnouncedInAidIsAidFromTheAnnouncer() {
        assertThat(codes("Germany announced 40 million euros in humanitarian assistance for Sudan."))
                .containsExactly("073");
    }

    @Test
    void anIncreaseInAidAnnouncedIsAidFromTheAnnouncer() {
        assertThat(codes("Norway announced a sharp increase in funding for Sudan.")).contains("071");
    }

    @Test
    void concedingDefeatAndAllowingReliefAreYielding() {
        assertThat(codes("Argentina's ruling party conceded defeat in the election on Sunday.")).contains("080");
        assertThat(codes("Ethiopia allowed humanitarian relief into the Tigray region.")).contains("0863");
    }

    @Test
    void aCeaseFireWrittenWithAHyphenIsATruce() {
        assertThat(codes("Nigeria declared a cease-fire with the rebels.")).containsExactly("0871");
    }

    @Test
    void reopeningABorderEasesARestriction() {
        assertThat(dyads("Chile reopened its border with Bolivia.")).containsExactly("CHL 081 BOL");
    }

    @Test
    void aStateSaidToBeADonorGivesAid() {
        assertThat(dyads("Norway is the largest donor of humanitarian aid to Sudan.")).containsExactly("NOR 073 -");
        assertThat(dyads("The United States remains the main donor to the World Food Programme."))
                .containsExactly("USA 070 WFP");
    }

    @Test
    void suspendedFundingIsNoFunding() {
        assertThat(dyads("Sweden suspended its funding for UNRWA.")).containsExactly("SWE 1621 UNRWA");
        assertThat(codes("Canada pulled its funding for the agency.")).containsExactly("1621");
    }

    @Test
    void anEmergencyEvacuationIsHumanitarianAid() {
        assertThat(codes("The Italian navy carried out an emergency evacuation of wounded civilians from Gaza."))
                .containsExactly("073");
    }

    @Test
    void prisonersExchangedAreReleasedByBothSides() {
        assertThat(dyads("Russia and Ukraine exchanged prisoners on Monday."))
                .containsExactlyInAnyOrder("RUS 0841 UKR", "UKR 0841 RUS");
    }

    @Test
    void weaponsSentAreMilitaryAidAndGasSuppliedIsTrade() {
        assertThat(dyads("Germany will send Ukraine more artillery shells.")).containsExactly("DEU 072 UKR");
        assertThat(dyads("Egypt supplies natural gas to Jordan.")).containsExactly("EGY 061 JOR");
    }

    @Test
    void forcesPulledOutOrRetreatingDeEscalate() {
        assertThat(codes("The United States pulled its troops out of Niger.")).containsExactly("087");
        assertThat(codes("Russian forces retreated from the city of Kherson.")).containsExactly("0874");
    }

    @Test
    void aidReceivedFromSomeoneIsGivenByThem() {
        assertThat(dyads("Nepal received food aid from India on Monday.")).containsExactly("IND 073 NPL");
        assertThat(dyads("Nepal received a delegation from India on Monday.")).doesNotContain("IND 073 NPL");
    }

    @Test
    void aWordTaggedAsANounWithSubjectAndObjectIsReadAsAVerb() {
        // the tagger makes "hand" a noun here; the parser still gives it a subject and an object
        assertThat(dyads("Germany and UNICEF hand over 30 vehicles to Ethiopia."))
                .containsExactly("DEU 070 ETH", "UNICEF 070 ETH");
    }

    @Test
    void aDayIsNoSubjectOfTheClauseItDates() {
        assertThat(dyads("Japan decided on Thursday to ease some sanctions on North Korea."))
                .containsExactly("JPN 085 PRK");
    }

    @Test
    void layingDownArmsDemobilises() {
        assertThat(codes("FARC rebels laid down their arms in Cauca on Monday.")).containsExactly("0873");
    }

    @Test
    void dealsInkedOrSealedAreSigned() {
        assertThat(dyads("Kenya inked a trade deal with Uganda.")).containsExactly("KEN 057 UGA");
        assertThat(codes("Brazil hailed the talks with Argentina.")).contains("051");
        assertThat(codes("Kenya expressed its gratitude to Japan.")).contains("051");
    }

    @Test
    void suppliesFlownRushedOrDispatchedAreAid() {
        assertThat(dyads("Japan flew 20 tons of medicine into Nepal on Monday.")).containsExactly("JPN 073 NPL");
        assertThat(codes("Turkey dispatched food aid and tents to Syria.")).containsExactly("073");
        assertThat(codes("France rushed medical supplies to Lebanon after the blast.")).containsAnyOf("070", "073");
        assertThat(codes("Japan flew its delegation to Nepal on Monday.")).doesNotContain("070");
    }

    @Test
    void evacuatingForeignersIsHumanitarianAidButEvacuatingAVillageIsNot() {
        assertThat(codes("The Italian navy evacuated 300 foreign nationals from Libya.")).containsExactly("073");
        assertThat(codes("Israeli troops evacuated civilians from the village under fire.")).doesNotContain("073");
    }

    @Test
    void refugeesReceivedOrResettledAreGivenRefuge() {
        assertThat(codes("Germany received 500 refugees from Greece.")).containsExactly("075");
        assertThat(codes("Canada announced the resettlement of 25,000 Syrian refugees.")).contains("075");
    }

    @Test
    void artefactsReturnedOrRepatriatedAreReturnedProperty() {
        assertThat(codes("Mexico returned an ancient stone statue that was looted in 1980 to Guatemala."))
                .containsExactly("0842");
        assertThat(codes("Italy repatriated dozens of stolen antiquities to Egypt.")).containsExactly("0842");
    }

    @Test
    void exercisesHeldWithAnotherArmyAreMilitaryCooperation() {
        assertThat(codes("Egypt staged a wargame with Greece in the Mediterranean.")).containsExactly("062");
        assertThat(codes("Britain began the training of Ukrainian soldiers in March.")).contains("062");
    }

    @Test
    void evidenceHandedOverIsSharedIntelligenceAndSuspectsTurnedOverAreExtradited() {
        assertThat(codes("Pakistan handed over evidence to India about the attack.")).containsExactly("064");
        assertThat(codes("Spain turned over the suspect to France on Tuesday.")).containsExactly("063");
    }

    @Test
    void troopsSentToAPeacekeepingMissionKeepThePeace() {
        assertThat(codes("Nigeria deployed 200 troops to the United Nations peacekeeping mission in Mali."))
                .containsExactly("074");
        assertThat(codes("The Security Council approved the deployment of UN observers to Syria.")).contains("074");
        assertThat(codes("Russia deployed 200 troops to the border with Ukraine.")).doesNotContain("074");
    }

    @Test
    void aStrikePostponedOrDefeatAdmittedIsYielding() {
        assertThat(codes("Kenyan teachers postponed their strike after talks with the government.")).containsExactly("082");
        assertThat(codes("The Zambian opposition leader admitted defeat in the election.")).containsExactly("080");
    }

    @Test
    void fundsMobilisedOrChannelledAreEconomicAidNotAMobilisation() {
        assertThat(codes("The European Union is mobilising 50 million euros to support farmers in Kenya."))
                .containsExactly("071");
        assertThat(codes("Sweden channelled additional funds to Somalia through the World Bank.")).containsExactly("071");
    }

    @Test
    void prisonersLetFreeAreReleased() {
        assertThat(codes("Yemen let free jailed activists after the protests.")).containsExactly("0841");
    }

    private static List<String> codes(String text) {
        return events(text).stream().map(event -> event.cameo().code()).toList();
    }

    private static List<Event> events(String text) {
        return SharedCoder.code(text, ARTICLE_DAY).events();
    }

    private static List<String> dyads(String text) {
        return events(text).stream().map(EventDyads::of).toList();
    }
}
