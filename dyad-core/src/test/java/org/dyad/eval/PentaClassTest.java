package org.dyad.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PentaClassTest {
    @Test
    void rootsFallIntoTheirClasses() {
        assertThat(PentaClass.of("01")).isZero();
        assertThat(PentaClass.of("02")).isZero();
        assertThat(PentaClass.of("04")).isEqualTo(1);
        assertThat(PentaClass.of("07")).isEqualTo(2);
        assertThat(PentaClass.of("12")).isEqualTo(3);
        assertThat(PentaClass.of("16")).isEqualTo(3);
        assertThat(PentaClass.of("14")).isEqualTo(4);
        assertThat(PentaClass.of("17")).isEqualTo(4);
        assertThat(PentaClass.of("20")).isEqualTo(4);
        assertThatThrownBy(() -> PentaClass.of("21")).hasMessageContaining("not a CAMEO root");
    }

    @Test
    void scoresCountMissesAgainstRecallOnly() {
        ClassScores scores = new ClassScores(2);
        scores.add(0, 0);
        scores.add(0, 1);
        scores.add(1, 1);
        scores.addMissed(1);
        assertThat(scores.precision(0)).isEqualTo(1.0);
        assertThat(scores.recall(0)).isEqualTo(0.5);
        assertThat(scores.precision(1)).isEqualTo(0.5);
        assertThat(scores.recall(1)).isEqualTo(0.5);
        assertThat(scores.f1(0)).isCloseTo(2 * 0.5 / 1.5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(scores.coverage()).isEqualTo(0.75);
        assertThat(scores.accuracy()).isEqualTo(0.5);
    }
}
