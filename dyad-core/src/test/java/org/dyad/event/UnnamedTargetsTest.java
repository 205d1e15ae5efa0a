package org.dyad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.testing.EventDyads;
import org.dyad.testing.SharedCoder;
import org.junit.jupiter.api.Test;

/**
 * Targets and sources the clause does not name directly: the owner or destination of what is acted on, the author
 * of an act under examination, the other party of a coordinated symmetric act, the people of a region a state
 * controls, and the place of a relative clause.
 */
class UnnamedTargetsTest {
    private static final String ARTICLE_DAY = "2024-04-04";

    @Test
    void aPossessiveOnTheAttackedThingOutranksThePlaceItIsIn() {
        List<String> events = dyads("Turkey condemned the Russian attack on its consulate in Odesa as a violation of international law.");

        assertThat(events).contains("RUS 190 TUR").doesNotContain("RUS 190 UKR", "RUS 190 UKRGOV");
    }

    @Test
    void aThingHeadingSomewhereIsThatCountrysWhenAttacked() {
        List<String> events = dyads("Hezbollah threatened to attack any vessel sailing to Cyprus.");

        assertThat(events).anyMatch(event -> event.matches("HZB 13\\d+ CYP"));
    }

    @Test
    void goodsNamedByTheirNationalityGiveTheTargetOfTariffs() {
        List<String> events = dyads("Washington imposed tariffs on $18 billion of Chinese goods on Friday.");

        assertThat(events).anyMatch(event -> event.endsWith(" 163 CHN"));
    }

    @Test
    void theirFundingForAnAgencyTargetsTheAgencyNotTheFunders() {
        List<String> events = dyads("Austria and Finland suspended their funding for the World Food Programme.");

        assertThat(events).anyMatch(event -> event.matches("AUT 16\\d+ WFP"))
                .anyMatch(event -> event.matches("FIN 16\\d+ WFP"))
                .noneMatch(event -> event.endsWith(" AUT") || event.endsWith(" FIN"));
    }

    @Test
    void examiningReportsOfAbusesTargetsTheirAuthor() {
        List<String> events = dyads("UN experts will examine allegations of abuses by the Wagner Group in Mali.");

        assertThat(events).anyMatch(event -> event.startsWith("UNO 092 WAGNER"));
    }

    @Test
    void aGroupActsAsWhomItsOfPhraseNames() {
        List<String> events = dyads("A team of UN investigators will examine allegations of torture by Eritrean soldiers.");

        assertThat(events).anyMatch(event -> event.matches("UNO 092 ERI\\S*"));
    }

    @Test
    void coordinatedAgenciesSharingInformationOnSomeoneShareWithEachOther() {
        List<String> events = dyads("French and German intelligence services shared information on Islamic State cells.");

        assertThat(events).contains("FRASPY 064 DEUSPY", "DEUSPY 064 FRASPY").noneMatch(event -> event.endsWith("ISIS"));
    }

    @Test
    void coordinatedCountriesAgreeingOnATopicAgreeWithEachOther() {
        List<String> events = dyads("Canada and Mexico expressed agreement on the need for new rules on steel imports.");

        assertThat(events).contains("CAN 019 MEX", "MEX 019 CAN");
    }

    @Test
    void oneCountryAgreeingOnATopicHasNoCounterpart() {
        List<String> events = dyads("Canada expressed agreement on the need for new rules on steel imports.");

        assertThat(events).containsExactly("CAN 019 -");
    }

    @Test
    void talksOfTwoNationalitiesOnACountryAreBetweenThem() {
        List<String> events = dyads("Indian and Chinese officials held talks in Delhi on Taiwan last week.");

        assertThat(events).anyMatch(event -> event.matches("INDGOV 04\\d CHNGOV"))
                .anyMatch(event -> event.matches("CHNGOV 04\\d INDGOV"));
    }

    @Test
    void liftingACurfewInOneOfItsOwnRegionsTargetsTheirPeople() {
        List<String> events = dyads("Nigerian authorities lifted the curfew in the northern states of Kano and Kaduna.");

        assertThat(events).containsExactly("NGAGOV 0813 NGACVL");
    }

    @Test
    void liftingACurfewWithNoPlaceNamesNoOne() {
        List<String> events = dyads("Nigerian authorities lifted the curfew on Monday.");

        assertThat(events).containsExactly("NGAGOV 0813 -");
    }

    @Test
    void kidnappingsByAnArmedGroupInItsOwnCountryFallOnCivilians() {
        List<String> events = dyads("Boko Haram militants kidnapped dozens of schoolgirls in Maiduguri last week.");

        assertThat(events).anyMatch(event -> event.matches("\\S+ 181 NGACVL"));
    }

    @Test
    void fightingAtHomeNamesNoCivilians() {
        List<String> events = dyads("Sudanese army units fought in Omdurman on Sunday.");

        assertThat(events).noneMatch(event -> event.endsWith("SDNCVL"));
    }

    @Test
    void aKindActingAcrossTwoCountriesIsTheKindOfEach() {
        List<String> events = dyads("Farmers blocked roads in Lyon and Geneva on Tuesday.");

        assertThat(events).anyMatch(event -> event.startsWith("FRACVL 14"))
                .anyMatch(event -> event.startsWith("CHECVL 14"));
    }

    @Test
    void aKindActingInTwoPlacesOfOneCountryIsOneActor() {
        List<String> events = dyads("Farmers blocked roads in Madrid and Seville on Tuesday.");

        assertThat(events).allMatch(event -> event.startsWith("ESPCVL ")).hasSize(1);
    }

    @Test
    void soldiersAreOfTheCountryWhereTheirRelativeClauseActed() {
        List<String> events = dyads("The soldiers who seized the state broadcaster in Niamey detained the president.");

        assertThat(events).anyMatch(event -> event.startsWith("NERMIL 173"));
    }

    @Test
    void anArmedGroupBlockadingATownOfItsOwnCountryActsAgainstThatCountry() {
        List<String> events = dyads("Houthi fighters imposed a siege on the city of Marib last month.");

        assertThat(events).anyMatch(event -> event.matches("HOUTHI 19\\d+ YEM"));
    }

    @Test
    void anArmedGroupMerelyFightingAtHomeNamesNoTarget() {
        List<String> events = dyads("Houthi fighters fought near Marib on Sunday.");

        assertThat(events).noneMatch(event -> event.endsWith(" YEM"));
    }

    @Test
    void aStateForceActingAtHomeIsNotMadeToActOnItsOwnCountry() {
        List<String> events = dyads("Nigerian troops occupied two villages in Borno state on Sunday.");

        assertThat(events).noneMatch(event -> event.endsWith(" NGA"));
    }

    @Test
    void aStateNamedInTheGazetteerPlacesAnAbductionThere() {
        List<String> events = dyads("Gunmen abducted twenty farmers in Zamfara state on Friday.");

        assertThat(events).anyMatch(event -> event.matches("NGAREB 181\\d* NGACVL"));
    }

    @Test
    void rebelsKidnappingGovernmentWorkersActOnTheirOwnGovernment() {
        List<String> events = dyads("Maoist insurgents abducted three government surveyors on Monday.");

        assertThat(events).anyMatch(event -> event.matches("INDREB 181\\d* INDGOV"));
    }

    @Test
    void protestersDemandingWithoutAnAddresseeAddressTheirGovernment() {
        List<String> events = dyads("Protesters in Nairobi demanded lower fuel prices on Tuesday.");

        assertThat(events).anyMatch(event -> event.matches("KENCVL 10\\d* KENGOV"));
    }

    @Test
    void aDemandPutToSomeoneKeepsItsAddressee() {
        List<String> events = dyads("Protesters in Nairobi demanded that Uganda release the opposition leader.");

        assertThat(events).anyMatch(event -> event.matches("KENCVL 10\\d* UGA\\S*"))
                .noneMatch(event -> event.matches("KENCVL 10\\d* KENGOV"));
    }

    @Test
    void aWarrantForSomeoneTargetsWhomTheArrestIsFor() {
        List<String> events = dyads("The International Criminal Court issued an arrest warrant for Vladimir Putin last year.");

        assertThat(events).anyMatch(event -> event.matches("ICC 173\\d* RUS\\S*"));
    }

    @Test
    void theLeadersOfAKindAreThatKindAtHome() {
        List<String> events = dyads("The Pakistani government refused to meet the striking teachers' leaders.");

        assertThat(events).anyMatch(event -> event.matches("PAKGOV 12\\d* PAKCVL"));
    }

    private static List<String> dyads(String text) {
        return SharedCoder.code(text, ARTICLE_DAY).events().stream().map(EventDyads::of).toList();
    }
}
