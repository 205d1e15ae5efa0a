package org.dyad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.testing.SharedCoder;
import org.junit.jupiter.api.Test;

/**
 * Agentless passives of authority are coded with the agent news convention gives them: the state of the place
 * ("detained in Iran"), the holder a facility is named after ("an Egyptian prison"), or the owner of a measure
 * ("EU sanctions were eased"). The agent is inferred, so the event is weaker and its rule says so.
 */
class ImplicitAgentsTest {
    private static final String ARTICLE_DAY = "2024-04-04";

    @Test
    void anArrestAtAPlaceIsByThatCountrysPolice() {
        assertThat(dyads("Three French tourists were detained in Venezuela on Saturday."))
                .anyMatch(d -> d.startsWith("VENCOP 173 FRA"));
    }

    @Test
    void aSentenceAtAPlaceIsByThatCountrysJudiciary() {
        assertThat(dyads("A prominent Kurdish journalist was sentenced to ten years in prison in Turkey."))
                .anyMatch(d -> d.startsWith("TURJUD 173"));
    }

    @Test
    void anExpulsionFromACountryIsByItsGovernment() {
        assertThat(dyads("Two Dutch diplomats have been expelled from Russia."))
                .anyMatch(d -> d.matches("RUSGOV 166\\d? NLD\\w*"));
    }

    @Test
    void aFacilityNamedAfterAStateIsThatStates() {
        assertThat(dyads("A Canadian blogger was tortured in a Saudi prison, his family said."))
                .anyMatch(d -> d.matches("SAU\\w* 182\\d? CAN\\w*"));
    }

    @Test
    void prisonersReleasedInACityAreReleasedByItsState() {
        assertThat(dyads("Dozens of political prisoners were released in Minsk on Thursday."))
                .anyMatch(d -> d.startsWith("BLRGOV 084"));
    }

    @Test
    void aMeasureIsLiftedOrEasedByTheActorNamedOnIt() {
        assertThat(dyads("EU sanctions on Belarus were eased last month."))
                .anyMatch(d -> d.matches("EU 085 BLR"));
        assertThat(dyads("A night curfew was lifted in Amman on Sunday."))
                .anyMatch(d -> d.startsWith("JORGOV 081"));
    }

    @Test
    void forcesWithdrawnOrEnvoysRecalledAreTheirOwnersAct() {
        assertThat(dyads("A contingent of 400 Ghanaian peacekeepers was withdrawn from Mali in March."))
                .anyMatch(d -> d.matches("GHA\\w* 166\\d? MLI"));
        assertThat(dyads("The German ambassador was recalled from Ankara on Friday."))
                .anyMatch(d -> d.matches("DEU\\w* 161 TUR\\w*"));
    }

    @Test
    void aCurfewImposedInACityIsImposedByItsState() {
        assertThat(dyads("A curfew has been imposed in Mandalay after the riots."))
                .anyMatch(d -> d.startsWith("MMRGOV 172"));
    }

    @Test
    void theImplicitAgentIsWeakerAndNamedInTheRule() {
        List<Event> events = SharedCoder.code("Three French tourists were detained in Venezuela on Saturday.",
                ARTICLE_DAY).events();
        assertThat(events).anySatisfy(event -> {
            assertThat(event.rule()).contains("implicit");
            assertThat(event.confidence()).isLessThan(Confidence.START);
        });
    }

    @Test
    void aPassiveWithNoPlaceAndNoOwnerStaysWithoutAnEvent() {
        assertThat(dyads("The opposition leader was arrested for inciting violence.")).isEmpty();
        assertThat(dyads("Sanctions were lifted after the elections.")).isEmpty();
    }

    @Test
    void aNamedAgentIsNeverReplaced() {
        assertThat(dyads("The activist was arrested by unknown men in Lagos."))
                .noneMatch(d -> d.startsWith("NGACOP"));
        assertThat(dyads("The activist was arrested by Kenyan police in Mombasa."))
                .anyMatch(d -> d.startsWith("KENCOP 173"));
    }

    private static List<String> dyads(String text) {
        return SharedCoder.code(text, ARTICLE_DAY).events().stream()
                .map(event -> event.source().code() + " " + event.cameo().code() + " "
                        + (event.target() == null ? "-" : event.target().code()))
                .toList();
    }
}
