package org.dyad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.testing.EventDyads;
import org.dyad.testing.SharedCoder;
import org.junit.jupiter.api.Test;

/**
 * Actors that used to keep a sentence from giving an event: groups named by their trade, agencies of one state,
 * armed groups and international bodies, names with a possessive, a misspelt country, and a group that speaks of
 * itself as "they".
 */
class UnlistedActorsTest {
    private static final String ARTICLE_DAY = "2024-04-04";

    @Test
    void anArmedGroupWithAPossessiveInItsNameActs() {
        List<String> events = dyads("Members of the New People's Army ambushed an army patrol in Samar province on Sunday.");

        assertThat(events).anyMatch(event -> event.startsWith("NPA 19"));
    }

    @Test
    void aGroupClaimingWhatTheyDidIsTheActor() {
        List<String> events = dyads("The Houthis claimed that they had fired two missiles at a Saudi air base.");

        assertThat(events).anyMatch(event -> event.startsWith("HOUTHI 19"));
    }

    @Test
    void kurdishPeshmergaAreIraqsForcesWhateverTheirCase() {
        assertThat(dyads("Islamist fighters attacked Kurdish peshmerga near Kirkuk on Friday."))
                .anyMatch(event -> event.endsWith(" IRQMIL"));
    }

    @Test
    void anAmericanAgencyIsItsStatesForce() {
        List<String> events = dyads("Immigration and Customs Enforcement deported forty Guatemalan migrants on Monday.");

        assertThat(events).contains("USACOP 174 GTMREF");
    }

    @Test
    void workersNamedByTheirTradeArePlacedInTheirCity() {
        List<String> events = dyads("Striking teachers in Nairobi rejected the government's pay offer on Tuesday.");

        assertThat(events).anyMatch(event -> event.startsWith("KENCVL 12"));
    }

    @Test
    void aNationalityGivesWorkersTheirCountry() {
        List<String> events = dyads("Egyptian employees of the canal authority went on strike on Sunday.");

        assertThat(events).anyMatch(event -> event.startsWith("EGYCVL 14"));
    }

    @Test
    void maoistRebelsAreIndianRebels() {
        List<String> events = dyads("Maoist rebels kidnapped three road engineers in Chhattisgarh on Friday.");

        assertThat(events).anyMatch(event -> event.startsWith("INDREB 181"));
    }

    @Test
    void aCommonMisspellingOfACountryIsThatCountry() {
        List<String> events = dyads("The Phillipines protested to China over the collision near the shoal.");

        assertThat(events).anyMatch(event -> event.startsWith("PHL ") && event.endsWith(" CHN"));
    }

    @Test
    void aRefugeeCouncilNamedForItsCountryIsTheCouncilNotTheCountry() {
        List<String> events = dyads("The Norwegian Refugee Council condemned the shelling of the camp.");

        assertThat(events).anyMatch(event -> event.startsWith("NRC 11")).noneMatch(event -> event.startsWith("NOR"));
    }

    @Test
    void theEuropeanUnionIsNotATradeUnion() {
        List<String> events = dyads("The European Union imposed new sanctions on Belarus on Monday.");

        assertThat(events).anyMatch(event -> event.startsWith("EU 163")).noneMatch(event -> event.startsWith("CVL"));
    }

    @Test
    void aGroupNamedAfterASeatOfPowerIsOfItsCountryWithItsOwnSector() {
        List<String> events = dyads("A Tehran court sentenced two British-Iranian journalists to prison on Saturday.");

        assertThat(events).anyMatch(event -> event.startsWith("IRNJUD ")).noneMatch(event -> event.startsWith("IRNGOV "));
    }

    @Test
    void membersNamedByWhereTheyComeFromActAsThatBody() {
        List<String> events = dyads("Delegates from the African Union condemned the coup in Niger on Thursday.");

        assertThat(events).anyMatch(event -> event.startsWith("AU 11"));
    }

    @Test
    void aSeparatistGroupActsEvenWhenItsNameIsUnknown() {
        List<String> events = dyads("A separatist group ambushed a police convoy in Balochistan on Monday.");

        assertThat(events).anyMatch(event -> event.matches("\\S*REB 19\\d* \\S+"));
    }

    @Test
    void aGroupOfSeveralCountriesNamedAfterItGivesEachCountry() {
        List<String> events = dyads("The armies of Brazil and Argentina held joint exercises near the border on Monday.");

        assertThat(events).anyMatch(event -> event.startsWith("BRAMIL 06"))
                .anyMatch(event -> event.startsWith("ARGMIL 06"));
    }

    @Test
    void pluralTitlesTakeTheirNationality() {
        List<String> events = dyads("The Egyptian army chief met Sudanese commanders in Cairo on Sunday.");

        assertThat(events).anyMatch(event -> event.startsWith("EGYMIL 04") && event.endsWith(" SDNMIL"));
    }

    private static List<String> dyads(String text) {
        return SharedCoder.code(text, ARTICLE_DAY).events().stream().map(EventDyads::of).toList();
    }
}
