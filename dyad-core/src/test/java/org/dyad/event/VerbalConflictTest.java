package org.dyad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.testing.EventDyads;
import org.dyad.testing.SharedCoder;
import org.junit.jupiter.api.Test;

/**
 * Verbal conflict (CAMEO 09-13) read past a single verb: concessions an actor declares it will not make, statements
 * that another actor must act, refusals by "decline" and "deny", and the families of criticism, accusation and
 * defiance.
 */
class VerbalConflictTest {
    private static final String ARTICLE_DAY = "2024-04-04";

    @Test
    void aConcessionDeclaredNotToBeMadeIsARefusalToYield() {
        List<Event> events = events("Israel will not release the Palestinian prisoners until Hamas frees the hostages.");

        assertThat(events).extracting(EventDyads::of).contains("ISR 1243 PSE");
        assertThat(events).filteredOn(e -> e.cameo().root().equals("08"))
                .isNotEmpty().allMatch(e -> e.modality() == Modality.NEGATED);
        assertThat(dyads("Turkey said it won't lift the ban on Cypriot ships.")).anyMatch(d -> d.startsWith("TUR 124"));
        assertThat(dyads("Lebanon says it cannot accept any more Syrian refugees.")).anyMatch(d -> d.startsWith("LBN 124"));
    }

    @Test
    void aConcessionThatOnlyDidNotHappenIsNoRefusal() {
        assertThat(dyads("Azerbaijan has not lifted its blockade of the Lachin corridor."))
                .noneMatch(d -> d.contains(" 124"));
        assertThat(dyads("Denmark will not hold talks with Washington on the sale of Greenland."))
                .noneMatch(d -> d.contains(" 12"));
    }

    @Test
    void sayingAnotherStateMustActIsADemandOfIt() {
        assertThat(dyads("Qatar said Israel must withdraw its troops from Rafah.")).contains("QAT 100 ISR")
                .noneMatch(d -> d.startsWith("QAT 010"));
        assertThat(dyads("The EU says a military intervention in Venezuela must be avoided."))
                .anyMatch(d -> d.startsWith("EU 100"));
    }

    @Test
    void sayingItMustActIsNoDemand() {
        assertThat(dyads("Iran said it must defend its borders.")).noneMatch(d -> d.contains(" 100"));
    }

    @Test
    void decliningToActIsARefusal() {
        assertThat(dyads("The Serbian prime minister declined to resign after the protests."))
                .anyMatch(d -> d.startsWith("SRBGOV 12"));
        assertThat(dyads("India denied permission to a Chinese research vessel to dock in Chennai."))
                .anyMatch(d -> d.startsWith("IND 12"));
    }

    @Test
    void harshWordsAreCriticism() {
        assertThat(dyads("Germany rebuked Hungary over its asylum law.")).containsExactly("DEU 111 HUN");
        assertThat(dyads("The Polish president lashed out at Brussels over the migration pact."))
                .anyMatch(d -> d.startsWith("POLGOV 111"));
        assertThat(dyads("Japan deplored North Korea's missile launch.")).contains("JPN 111 PRK");
    }

    @Test
    void violatingABanDefiesIt() {
        assertThat(dyads("North Korea violated the UN ban on ballistic missile tests."))
                .anyMatch(d -> d.startsWith("PRK 128"));
    }

    @Test
    void aVowOfViolenceIsAThreatOfForce() {
        assertThat(dyads("Iran vowed to attack Israel in revenge for the strike on its consulate."))
                .contains("IRN 1384 ISR").noneMatch(d -> d.startsWith("IRN 03"));
    }

    @Test
    void rejectedTalksWithAnActorRejectThatActor() {
        assertThat(dyads("Kyiv rejected any talks with Moscow.")).anyMatch(d -> d.matches("UKR\\S* 12\\d RUS\\S*"));
    }

    @Test
    void decliningToCommentIsNoRefusal() {
        assertThat(dyads("The German government declined to comment on the report.")).containsExactly("DEUGOV 011 -");
    }

    @Test
    void anInvestigationByPeopleSentIsTheSendersInvestigation() {
        assertThat(dyads("Canada sent a team of experts to investigate the crash of the Ukrainian airliner."))
                .anyMatch(d -> d.startsWith("CAN 09"));
        assertThat(dyads("Ghana urged the workers to investigate the crash.")).noneMatch(d -> d.startsWith("GHA 09"));
    }

    @Test
    void strikersDeclaringTheyWillNotEndTheStrikeRefuseToYield() {
        assertThat(dyads("Kenyan doctors said they will not end the strike until their demands are met."))
                .anyMatch(d -> d.contains(" 124"));
    }

    private static List<Event> events(String text) {
        return SharedCoder.code(text, ARTICLE_DAY).events();
    }

    private static List<String> dyads(String text) {
        return events(text).stream().map(EventDyads::of).toList();
    }
}
