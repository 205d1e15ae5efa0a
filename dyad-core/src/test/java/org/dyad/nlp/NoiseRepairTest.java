package org.dyad.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NoiseRepairTest {
    @Test
    void straysStopBeforeLowerCaseWordBecomesSpace() {
        String text = "Joe Biden and his Chinese counterpart Xi Jingping. talked on the phone this week.";
        String repaired = NoiseRepair.repair(text);
        assertThat(repaired).hasSameSizeAs(text);
        assertThat(repaired).contains("Xi Jingping  talked");
        assertThat(repaired).endsWith("this week.");
    }

    @Test
    void abbreviationsAndRealSentenceEndsStay() {
        String text = "The U.S. team met in Geneva. Talks resumed. The talks, e.g. on trade, went well.";
        assertThat(NoiseRepair.repair(text)).isEqualTo(text);
    }

    @Test
    void repairsEveryStrayStopAndKeepsOffsets() {
        String text = "leave the February 2023 agreement. weather balloon incident behind. this will happen. most important";
        String repaired = NoiseRepair.repair(text);
        assertThat(repaired).doesNotContain("agreement.").doesNotContain("happen.");
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != '.') {
                assertThat(repaired.charAt(i)).isEqualTo(text.charAt(i));
            }
        }
    }

    @Test
    void shortAndEmptyTextsAreSafe() {
        assertThat(NoiseRepair.repair("")).isEmpty();
        assertThat(NoiseRepair.repair(".")).isEqualTo(".");
        assertThat(NoiseRepair.repair("a. b")).isEqualTo("a. b");
    }
}
