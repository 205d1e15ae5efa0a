package org.dyad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.testing.EventDyads;
import org.dyad.testing.SharedCoder;
import org.junit.jupiter.api.Test;

/**
 * Whole families of words for material cooperation (06-08) and verbal conflict (09-13): the verbs, particle verbs
 * and nouns news writers use beside the one word of each code, and the right root when troops, weapons or
 * protests are the same words used for another act.
 */
class ActFamiliesTest {
    private static final String ARTICLE_DAY = "2024-04-04";

    @Test
    void troopsSentToAnotherStateAreHelpNotAPosture() {
        assertThat(dyads("Belarus has sent 2,000 soldiers to Russia.")).containsExactly("BLR 070 RUS");
        assertThat(codes("Iran dispatched troops to Syria last year.")).containsExactly("070");
        assertThat(codes("Russia sent troops to the Ukrainian border.")).containsExactly("154");
        assertThat(roots("Ghana is sending troops to the United Nations mission in Mali.")).containsExactly("07");
    }

    @Test
    void troopsSentToProtectProvideProtection() {
        assertThat(roots("Kenya sent 1,000 troops to secure the airport in Port-au-Prince.")).containsExactly("07");
    }

    @Test
    void troopsSentToARegionOrByThePoliceAreAPosture() {
        assertThat(codes("Britain might send more warships to the Gulf.")).containsExactly("154");
        assertThat(codes("Police in Nairobi deployed water cannon and riot officers near parliament."))
                .containsExactly("153");
    }

    @Test
    void weaponSystemsSentAreMilitaryAid() {
        assertThat(roots("The Netherlands will send Ukraine an air defence system.")).containsExactly("07");
        assertThat(codes("Washington has armed the Kurdish fighters.")).containsExactly("072");
        assertThat(roots("Britain urged Iran to stop arming the Houthi rebels.")).containsExactly("02");
    }

    @Test
    void measuresCancelledOrDroppedAreEased() {
        assertThat(dyads("Canada dropped its sanctions on Cuba.")).containsExactly("CAN 085 CUB");
        assertThat(codes("Peru cancelled the curfew in Lima.")).isNotEmpty().allMatch(code -> code.startsWith("081"));
        assertThat(codes("Ghana abolished the ban on opposition rallies.")).isNotEmpty().allMatch(code -> code.startsWith("081"));
        assertThat(codes("Iran demanded the lifting of the American sanctions.")).doesNotContain("085");
    }

    @Test
    void givingWayIsYielding() {
        assertThat(roots("The Serbian government bowed to the demands of the students.")).contains("08");
        assertThat(roots("The Kenyan president backed down on the finance bill.")).contains("08");
        assertThat(codes("The Peruvian prime minister stepped down on Friday.")).containsExactly("0831");
        assertThat(roots("The junta complied with the demands of the protesters.")).contains("08");
    }

    @Test
    void troopsPullingBackRetreat() {
        assertThat(roots("Russian troops withdrew from Kherson on Friday.")).containsExactly("08");
        assertThat(roots("Ethiopia and Eritrea agreed to de-escalate.")).doesNotContain("19");
    }

    @Test
    void protestingToAStateIsAnOfficialComplaint() {
        assertThat(dyads("Vietnam protested to China over the arrest of its fishermen."))
                .contains("VNM 114 CHN").doesNotContain("VNM 140 CHN");
        assertThat(codes("Students protested in Hanoi.")).doesNotContain("114");
        assertThat(dyads("Japan protested the Chinese detention of its citizen.")).contains("JPN 114 CHN");
        assertThat(codes("Kenyan students protested against the Chinese embassy.")).doesNotContain("114");
    }

    @Test
    void rallyingOppositionToALeaderRalliesOpposition() {
        assertThat(codes("The Belarusian opposition rallied resistance to Alexander Lukashenko in Minsk."))
                .contains("113");
    }

    @Test
    void criticismForAnActIsOfWhomIsCriticised() {
        assertThat(dyads("Poland criticised Hungary for buying Russian oil.")).containsExactly("POL 111 HUN");
    }

    @Test
    void criticismInOtherWords() {
        assertThat(roots("Kenya railed against the British government over the visa rules.")).contains("11");
        assertThat(roots("Chile objected to the Argentine plan.")).contains("11");
        assertThat(roots("Ghana held Togo responsible for the attack.")).contains("11");
        assertThat(roots("Kenya pointed the finger at Somalia.")).contains("11");
    }

    @Test
    void brushingAsideOrIgnoringIsRejecting() {
        assertThat(roots("Israel brushed aside the French proposal.")).contains("12");
        assertThat(roots("Venezuela ignored the demands of the Organization of American States.")).contains("12");
        assertThat(roots("Iran shrugged off the Canadian warning.")).contains("12");
        assertThat(roots("The Iraqi parliament voted down the Turkish proposal.")).contains("12");
        assertThat(codes("The Serbian delegation walked out of the talks with Kosovo.")).contains("125");
    }

    @Test
    void pressingForAnActIsADemand() {
        assertThat(roots("Ukraine pressed Germany for more tanks.")).contains("10");
    }

    @Test
    void cuttingOffSuppliesIsNoLongerSilent() {
        assertThat(codes("Russia cut off gas to Moldova.")).containsExactly("163");
        assertThat(codes("Russia cut off gas to Moldova.")).doesNotContain("162");
    }

    @Test
    void aDeclaredIntentionIsAnIntent() {
        assertThat(roots("Poland intends to buy 48 Apache helicopters from the United States."))
                .containsExactly("03");
    }

    @Test
    void sanctionsThatAResolutionIsAboutAreNoAct() {
        assertThat(codes("China vetoed a draft resolution on Iran sanctions at the Security Council."))
                .contains("129").doesNotContain("163");
        assertThat(codes("Japan imposed sanctions on Iran.")).contains("163");
    }

    @Test
    void anActJudgedInTheConditionalHasNotHappened() {
        assertThat(events("A war between India and Pakistan would be a disaster for the region."))
                .noneMatch(event -> event.modality() == Modality.ASSERTED);
        assertThat(events("The war between India and Pakistan was a disaster for the region."))
                .anyMatch(event -> event.modality() == Modality.ASSERTED);
    }

    private static List<String> roots(String text) {
        return events(text).stream().map(event -> event.cameo().root()).toList();
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
