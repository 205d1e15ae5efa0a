package org.dyad.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * How well the events' confidences match how often they are right: the predicted events grouped by confidence,
 * each group with its mean confidence and its share of events that matched a gold event. A calibrated coder's
 * events of confidence 0.7 are right about 70% of the time.
 *
 * @param bins the groups, from the least to the most confident
 */
public record Reliability(List<Bin> bins) {
    /** Lower bounds of the groups; the last group ends at 1 inclusive. */
    private static final double[] LOWER = {0.0, 0.5, 0.6, 0.7, 0.8, 0.9};

    /**
     * The predicted events whose confidence lies in [lower, upper).
     *
     * @param confidenceSum the sum of their confidences, for the mean
     */
    public record Bin(double lower, double upper, int events, int right, double confidenceSum) {
        public Bin {
            if (events < 0 || right < 0 || right > events || lower >= upper) {
                throw new IllegalArgumentException("bad bin " + lower + "-" + upper + ": " + right + "/" + events);
            }
        }

        /** Mean confidence of the group's events; 0 when it has none. */
        public double meanConfidence() {
            return events == 0 ? 0 : confidenceSum / events;
        }

        /** Share of the group's events that matched a gold event; 0 when it has none. */
        public double shareRight() {
            return events == 0 ? 0 : (double) right / events;
        }

        Bin plus(double confidence, boolean isRight) {
            return new Bin(lower, upper, events + 1, right + (isRight ? 1 : 0), confidenceSum + confidence);
        }
    }

    public Reliability {
        bins = List.copyOf(bins);
    }

    /** No event seen yet. */
    public static Reliability empty() {
        List<Bin> bins = new ArrayList<>();
        for (int i = 0; i < LOWER.length; i++) {
            double upper = i + 1 < LOWER.length ? LOWER[i + 1] : 1.0 + 1e-9;
            bins.add(new Bin(LOWER[i], upper, 0, 0, 0));
        }
        return new Reliability(bins);
    }

    /** The same counts with one more predicted event. */
    Reliability plus(double confidence, boolean right) {
        List<Bin> next = new ArrayList<>(bins);
        for (int i = 0; i < next.size(); i++) {
            Bin bin = next.get(i);
            if (confidence >= bin.lower() && confidence < bin.upper()) {
                next.set(i, bin.plus(confidence, right));
                return new Reliability(next);
            }
        }
        throw new IllegalArgumentException("confidence outside [0, 1]: " + confidence);
    }

    /** Predicted events counted. */
    public int events() {
        return bins.stream().mapToInt(Bin::events).sum();
    }

    /**
     * Expected calibration error: the gap between mean confidence and share right in each group, weighted by
     * the group's size. 0 is perfectly calibrated.
     */
    public double expectedCalibrationError() {
        int total = events();
        if (total == 0) {
            return 0;
        }
        return bins.stream().mapToDouble(bin -> bin.events() * Math.abs(bin.meanConfidence() - bin.shareRight()))
                .sum() / total;
    }
}
