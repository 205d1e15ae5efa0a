package org.dyad.eval;

/**
 * Counts of true positives, false positives and false negatives, with precision, recall and F1 (0 when
 * undefined).
 */
public record PrecisionRecall(int truePositives, int falsePositives, int falseNegatives) {
    public PrecisionRecall {
        if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }

    public static final PrecisionRecall EMPTY = new PrecisionRecall(0, 0, 0);

    /** Gold items: true positives plus false negatives. */
    public int gold() {
        return truePositives + falseNegatives;
    }

    /** Predicted items: true positives plus false positives. */
    public int predicted() {
        return truePositives + falsePositives;
    }

    public double precision() {
        return predicted() == 0 ? 0 : (double) truePositives / predicted();
    }

    public double recall() {
        return gold() == 0 ? 0 : (double) truePositives / gold();
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    PrecisionRecall plus(int tp, int fp, int fn) {
        return new PrecisionRecall(truePositives + tp, falsePositives + fp, falseNegatives + fn);
    }
}
