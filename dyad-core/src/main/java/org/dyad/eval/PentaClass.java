package org.dyad.eval;

/**
 * The five coarse CAMEO classes of the ConfliBERT sentence labels: 0 statement (roots 01-02), 1 verbal
 * cooperation (03-05), 2 material cooperation (06-08), 3 verbal conflict (09-13 and 16), 4 material conflict
 * (14-15 and 17-20).
 */
public final class PentaClass {
    public static final int COUNT = 5;

    private PentaClass() {
    }

    /** The class of a CAMEO root ("01" to "20"). */
    public static int of(String root) {
        int value = Integer.parseInt(root);
        if (value < 1 || value > 20) {
            throw new IllegalArgumentException("not a CAMEO root: " + root);
        }
        if (value <= 2) {
            return 0;
        }
        if (value <= 5) {
            return 1;
        }
        if (value <= 8) {
            return 2;
        }
        return value <= 13 || value == 16 ? 3 : 4;
    }
}
