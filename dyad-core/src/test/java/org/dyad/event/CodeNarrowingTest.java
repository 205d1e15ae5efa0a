package org.dyad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.testing.SharedCoder;
import org.junit.jupiter.api.Test;

/** Four-digit CAMEO codes: the words attached to a trigger narrow the code it chose. */
class CodeNarrowingTest {
    private static final String ARTICLE_DAY = "2024-04-04";

    @Test
    void aCurfewIsImposed() {
        Event curfew = only(events("The Pakistani government imposed a curfew on Karachi after two days of riots."));

        assertThat(curfew.cameo().code()).isEqualTo("1723");
        assertThat(curfew.cameo().name()).isEqualTo("Impose curfew");
        assertThat(curfew.cameo().root()).isEqualTo("17");
        assertThat(curfew.cameo().goldstein()).isEqualTo(-5.0);
        assertThat(curfew.cameo().ploverMode()).isEqualTo("curfew");
        assertThat(curfew.rule()).endsWith("+curfew");
    }

    @Test
    void aCeasefireIsDeclared() {
        Event ceasefire = only(events("Hamas announced a ceasefire with Israel on Sunday."));

        assertThat(ceasefire.cameo().code()).isEqualTo("0871");
        assertThat(ceasefire.cameo().ploverEvent()).isEqualTo("RETREAT");
        assertThat(ceasefire.cameo().goldstein()).isEqualTo(9.0);
    }

    @Test
    void anAccusationOfWarCrimes() {
        Event accusation = only(events("Ukraine accused Russia of war crimes in the town of Bucha."));

        assertThat(accusation.cameo().code()).isEqualTo("1124");
        assertThat(accusation.cameo().name()).isEqualTo("Accuse of war crimes");
    }

    @Test
    void aSuicideBombing() {
        Event bombing = only(events("The Taliban carried out a suicide bombing in Kabul on Monday."));

        assertThat(bombing.cameo().code()).isEqualTo("1831");
        assertThat(bombing.cameo().ploverMode()).isEqualTo("suicide-attack");
    }

    @Test
    void aDemandForResignationNarrowsTheUnspecifiedDemand() {
        Event demand = only(events("Serbia demanded the resignation of the Kosovo prime minister."));

        assertThat(demand.cameo().code()).isEqualTo("1041");
        assertThat(demand.cameo().root()).isEqualTo("10");
    }

    @Test
    void aNuclearThreat() {
        List<Event> events = events("Russia threatened to use nuclear weapons against Ukraine.");

        assertThat(events).extracting(e -> e.cameo().code()).contains("1385");
    }

    @Test
    void aStrikeAgainstAPolicy() {
        Event strike = only(events("Workers in Athens staged a general strike against austerity measures."));

        assertThat(strike.cameo().code()).isEqualTo("1432");
        assertThat(strike.cameo().ploverContexts()).containsExactly("executive");
    }

    @Test
    void releasedPeopleAndRejectedCalls() {
        assertThat(only(events("Hamas released three Israeli hostages.")).cameo().code()).isEqualTo("0841");
        assertThat(only(events("The president rejected calls for his resignation.")).cameo().code())
                .isEqualTo("1231");
    }

    @Test
    void unspecifiedAidNarrowsToItsKind() {
        Event aid = only(events("Germany sent humanitarian aid to Turkey after the earthquake."));

        assertThat(aid.cameo().code()).isEqualTo("073");
        assertThat(aid.cameo().name()).isEqualTo("Provide humanitarian aid");
        assertThat(aid.cameo().quadClass()).isEqualTo(2);
    }

    @Test
    void withoutACueTheCodeStaysAsChosen() {
        assertThat(only(events("Ukraine accused Russia of lying about the talks.")).cameo().code()).isEqualTo("112");
        assertThat(only(events("The Taliban carried out a bombing in Kabul on Monday.")).cameo().code())
                .isEqualTo("183");
        assertThat(only(events("Canada called for talks with Iran on Tuesday.")).cameo().code())
                .isEqualTo("020");
    }

    private static List<Event> events(String text) {
        return SharedCoder.code(text, ARTICLE_DAY).events();
    }

    private static Event only(List<Event> events) {
        assertThat(events).as("events %s", events.stream()
                .map(e -> e.source().code() + " " + e.cameo().code() + " " + e.rule()).toList()).hasSize(1);
        return events.get(0);
    }
}
