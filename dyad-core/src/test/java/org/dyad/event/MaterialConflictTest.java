package org.dyad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.testing.SharedCoder;
import org.junit.jupiter.api.Test;

/**
 * Material conflict told by its kind: emergency rule and bans at home (172), violent repression of crowds (175),
 * blockades and sieges (191), strikes on places and weapons named as attacks (190, 195), and the acts of a
 * participle or of "responsible for".
 */
class MaterialConflictTest {
    private static final String ARTICLE_DAY = "2024-04-04";

    @Test
    void aStateOfEmergencyOrMartialLawIsAdministrativeRepression() {
        assertThat(dyads("The Sri Lankan government declared a state of emergency in Colombo on Sunday."))
                .containsExactly("LKAGOV 1724 LKACVL");
        assertThat(dyads("Myanmar's junta proclaimed martial law in several townships of Yangon."))
                .containsExactly("MMRGOV 1724 -");
    }

    @Test
    void teargasWrittenAsOneWordIsCrowdControl() {
        assertThat(dyads("Kenyan police have fired teargas to break up protests in Nairobi."))
                .anyMatch(dyad -> dyad.startsWith("KENCOP 175"));
    }

    @Test
    void forcingPeopleOutOfAPlaceExpelsThem() {
        assertThat(dyads("The Ethiopian government forced foreign journalists out of the Tigray region."))
                .anyMatch(dyad -> dyad.startsWith("ETHGOV 174"));
    }

    @Test
    void aStateOfSiegeIsOneActNotAlsoASiege() {
        assertThat(dyads("The Bolivian government declared a state of siege in Pando."))
                .singleElement().asString().startsWith("BOLGOV 172 ");
    }

    @Test
    void banningOnesOwnPeopleIsRepressionWhileBanningForeignersIsASanction() {
        assertThat(dyads("Venezuela banned opposition leader Juan Guaido from public office."))
                .contains("VEN 1722 VENOPP").noneMatch(dyad -> dyad.contains(" 163 "));
        assertThat(dyads("The European Union banned Russian airlines from its airspace.")).containsExactly("EU 163 RUS");
    }

    @Test
    void sanctionsOnOnesOwnFormerLeadersStaySanctions() {
        assertThat(dyads("Ukraine imposed sanctions on former Ukrainian president Viktor Yanukovych."))
                .allMatch(dyad -> dyad.contains(" 163 ")).isNotEmpty();
    }

    @Test
    void imposingABlockadeOrLayingSiegeIsABlockade() {
        assertThat(dyads("Egypt imposed a blockade on the Gaza Strip.")).containsExactly("EGY 191 PSE");
        assertThat(dyads("Ethiopian troops laid siege to the Eritrean town of Assab."))
                .containsExactly("ETHMIL 191 ERI");
    }

    @Test
    void tearGasAndDispersalAreViolentRepression() {
        assertThat(dyads("Serbian police fired tear gas at protesters in Belgrade.")).containsExactly("SRBCOP 175 SRBCVL");
        assertThat(dyads("Georgian riot police dispersed demonstrators in Tbilisi.")).containsExactly("GEOCOP 175 GEOCVL");
    }

    @Test
    void aStrikeOnAPlaceIsAnAttackButAStrikeOnADayIsStillALabourStrike() {
        assertThat(dyads("The Ukrainian strike on Belgorod on Saturday killed five people."))
                .containsExactly("UKR 190 RUS");
        assertThat(dyads("Kenyan teachers began a strike on Tuesday.")).noneMatch(dyad -> dyad.contains(" 190 "))
                .anyMatch(dyad -> dyad.contains(" 143 "));
    }

    @Test
    void aDroneAttackUsesAerialWeapons() {
        assertThat(dyads("Russia's drone attack on Odesa damaged the port.")).containsExactly("RUS 195 UKR");
    }

    @Test
    void whoIsResponsibleForAnAttackCarriedItOut() {
        assertThat(dyads("Hezbollah was responsible for the bombing of the Israeli embassy in Buenos Aires."))
                .containsExactly("HZB 183 ISR");
    }

    @Test
    void aParticipleWithAnAgentIsAPassive() {
        assertThat(dyads("The rockets fired by Hamas hit the Israeli city of Ashkelon.")).contains("HMS 190 -");
        assertThat(dyads("The sanctions imposed by the United States on Russia have hurt its economy."))
                .containsExactly("USA 163 RUS");
    }

    @Test
    void theNounAParticipleDescribesIsWhoWasActedUpon() {
        assertThat(dyads("The Afghan convoy ambushed by Taliban fighters was carrying food."))
                .containsExactly("TALIBAN 190 AFG");
    }

    @Test
    void aStatesForcesFiringOnItsOwnCrowdsIsRepressionButOnForeignCiviliansAnAttack() {
        assertThat(dyads("Ugandan security forces opened fire on protesters in Kampala.")).containsExactly("UGACOP 175 UGACVL");
        assertThat(dyads("Russian troops fired on civilians in Bucha.")).containsExactly("RUSMIL 190 UKRCVL");
    }

    @Test
    void exchangingFireIsFightingWithTheOtherSide() {
        assertThat(dyads("Indian troops exchanged fire with Pakistani soldiers along the Line of Control."))
                .contains("INDMIL 190 PAKMIL");
    }

    @Test
    void aSuicideBomberKillingIsABombingAndAGunmanKillingIsNot() {
        assertThat(dyads("A Taliban suicide bomber killed nine people at a market in Kandahar."))
                .containsExactly("TALIBAN 183 AFGCVL");
        assertThat(dyads("Taliban gunmen killed five Afghan soldiers.")).containsExactly("TALIBAN 190 AFGMIL");
    }

    @Test
    void killingAPoliticalLeaderIsAnAssassination() {
        assertThat(dyads("A Pakistani militant killed the provincial governor in Lahore."))
                .allMatch(dyad -> dyad.contains(" 186 ")).isNotEmpty();
    }

    private static List<String> dyads(String text) {
        return SharedCoder.code(text, ARTICLE_DAY).events().stream()
                .map(event -> event.source().code() + " " + event.cameo().code() + " "
                        + (event.target() == null ? "-" : event.target().code()))
                .toList();
    }
}
