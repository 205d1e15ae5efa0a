package org.dyad.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Validates group-nouns.tsv: every row is checked by the loader; here what the rows must mean. */
class GroupNounsFileTest {
    private final GroupNouns nouns = GroupNouns.load();

    @Test
    void everyRowLoadsIntoOneOfTheTwoKinds() {
        assertThat(nouns.people()).contains("leader", "group", "embassy", "woman");
        assertThat(nouns.documents()).contains("report", "resolution", "letter");
    }

    @Test
    void noNounIsOfTwoKinds() {
        assertThat(nouns.people()).doesNotContainAnyElementsOf(nouns.documents())
                .doesNotContainAnyElementsOf(nouns.conditions());
        assertThat(nouns.documents()).doesNotContainAnyElementsOf(nouns.conditions());
    }

    @Test
    void statesOfAffairsAreConditionsButAttacksAreNot() {
        assertThat(nouns.conditions()).contains("war", "violence", "unrest")
                .doesNotContain("attack", "bombing", "blast", "strike");
    }

    @Test
    void commentatorsAndThingsNeverAct() {
        assertThat(nouns.people()).doesNotContain("analyst", "expert", "observer", "critic", "bomb", "teargas");
    }
}
