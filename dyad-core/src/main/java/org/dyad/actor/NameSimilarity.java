package org.dyad.actor;

import java.util.Locale;

/** Edit distance between names, for known names misspelt by a letter or two ("Xi Jingping"). */
final class NameSimilarity {
    private NameSimilarity() {
    }

    /** Levenshtein distance, case-insensitive, giving up (returning limit + 1) once it exceeds {@code limit}. */
    static int distance(String a, String b, int limit) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        if (Math.abs(x.length() - y.length()) > limit) {
            return limit + 1;
        }
        int[] previous = new int[y.length() + 1];
        int[] current = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= y.length(); j++) {
                int substitution = previous[j - 1] + (x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[y.length()];
    }
}
