package org.dyad.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ReliabilityTest {
    @Test
    void putsEachEventInTheGroupOfItsConfidence() {
        Reliability reliability = Reliability.empty().plus(0.9, true).plus(1.0, false).plus(0.55, true)
                .plus(0.2, false);
        assertThat(reliability.bins()).extracting(Reliability.Bin::events).containsExactly(1, 1, 0, 0, 0, 2);
        Reliability.Bin surest = reliability.bins().get(5);
        assertThat(surest.right()).isEqualTo(1);
        assertThat(surest.meanConfidence()).isCloseTo(0.95, within(1e-9));
        assertThat(surest.shareRight()).isEqualTo(0.5);
    }

    @Test
    void calibrationErrorIsTheSizeWeightedGapBetweenConfidenceAndShareRight() {
        Reliability calibrated = Reliability.empty().plus(0.75, true).plus(0.75, true).plus(0.75, true)
                .plus(0.75, false);
        assertThat(calibrated.expectedCalibrationError()).isCloseTo(0.0, within(1e-9));
        Reliability overconfident = calibrated.plus(0.95, false);
        // four events with no gap, one with a gap of 0.95: 0.95 / 5
        assertThat(overconfident.expectedCalibrationError()).isCloseTo(0.19, within(1e-9));
    }

    @Test
    void refusesConfidencesOutsideTheUnitInterval() {
        assertThatThrownBy(() -> Reliability.empty().plus(1.2, true)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1.2");
        assertThat(Reliability.empty().expectedCalibrationError()).isZero();
    }
}
