package org.dyad.eval;

/**
 * A confusion matrix over {@code n} classes plus "no prediction", with precision, recall and F1 per class.
 * A sentence without a prediction counts against recall of its gold class only.
 */
public final class ClassScores {
    private final int[][] counts;
    private final int[] missed;

    public ClassScores(int classes) {
        this.counts = new int[classes][classes];
        this.missed = new int[classes];
    }

    public void add(int gold, int predicted) {
        counts[gold][predicted]++;
    }

    public void addMissed(int gold) {
        missed[gold]++;
    }

    public int classes() {
        return counts.length;
    }

    public int count(int gold, int predicted) {
        return counts[gold][predicted];
    }

    public int missed(int gold) {
        return missed[gold];
    }

    public int gold(int cls) {
        int total = missed[cls];
        for (int predicted = 0; predicted < classes(); predicted++) {
            total += counts[cls][predicted];
        }
        return total;
    }

    public int predicted(int cls) {
        int total = 0;
        for (int[] row : counts) {
            total += row[cls];
        }
        return total;
    }

    public double precision(int cls) {
        return ratio(counts[cls][cls], predicted(cls));
    }

    public double recall(int cls) {
        return ratio(counts[cls][cls], gold(cls));
    }

    public double f1(int cls) {
        double p = precision(cls);
        double r = recall(cls);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double macroF1() {
        double sum = 0;
        for (int cls = 0; cls < classes(); cls++) {
            sum += f1(cls);
        }
        return sum / classes();
    }

    /** Share of sentences with a prediction. */
    public double coverage() {
        int all = 0;
        int none = 0;
        for (int cls = 0; cls < classes(); cls++) {
            all += gold(cls);
            none += missed[cls];
        }
        return all == 0 ? 0 : 1 - (double) none / all;
    }

    public double accuracy() {
        int all = 0;
        int right = 0;
        for (int cls = 0; cls < classes(); cls++) {
            all += gold(cls);
            right += counts[cls][cls];
        }
        return ratio(right, all);
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
