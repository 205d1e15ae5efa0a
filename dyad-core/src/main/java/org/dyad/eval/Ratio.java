package org.dyad.eval;

/** How many of {@code total} items were right; the share is 0 when there are none. */
public record Ratio(int correct, int total) {
    public Ratio {
        if (correct < 0 || total < correct) {
            throw new IllegalArgumentException("bad ratio " + correct + "/" + total);
        }
    }

    public double share() {
        return total == 0 ? 0 : (double) correct / total;
    }

    Ratio plus(boolean right) {
        return new Ratio(correct + (right ? 1 : 0), total + 1);
    }
}
