package org.dyad.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Dictionary phrases split the way the tokenizer splits the text they are matched against. */
class PhraseWordsTest {
    @Test
    void aPossessiveEndingIsAWordOfItsOwn() {
        assertThat(PhraseWords.variants("New People's Army"))
                .containsExactly(List.of("New", "People", "'s", "Army"));
    }

    @Test
    void aPluralPossessiveKeepsItsApostropheApart() {
        assertThat(PhraseWords.variants("Kurdistan Workers' Party"))
                .containsExactly(List.of("Kurdistan", "Workers", "'", "Party"));
    }

    @Test
    void anApostropheInsideAWordStays() {
        assertThat(PhraseWords.variants("Kata'ib Hezbollah")).containsExactly(List.of("Kata'ib", "Hezbollah"));
    }

    @Test
    void hyphenatedNamesAreStillTriedWholeAndSplit() {
        assertThat(PhraseWords.variants("Tehrik-i-Taliban Pakistan")).containsExactly(
                List.of("Tehrik-i-Taliban", "Pakistan"), List.of("Tehrik", "-", "i", "-", "Taliban", "Pakistan"));
    }
}
