package org.dyad.nlp;

/**
 * Undoes sentence breaks that machine translation and scraping put inside sentences ("Xi Jingping. talked on
 * the phone"): a full stop after a word, followed by one space and a lower-case letter, becomes a space. The
 * repaired text has the same length as the original, so every offset still points into the original.
 */
final class NoiseRepair {
    private NoiseRepair() {
    }

    static String repair(String text) {
        char[] chars = null;
        for (int i = 1; i + 2 < text.length(); i++) {
            if (text.charAt(i) == '.' && isStrayStop(text, i)) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = ' ';
            }
        }
        return chars == null ? text : new String(chars);
    }

    private static boolean isStrayStop(String text, int dot) {
        char before = text.charAt(dot - 1);
        char space = text.charAt(dot + 1);
        char after = text.charAt(dot + 2);
        // "U.S. officials" and "e.g. this" keep their stops: an abbreviation has a stop or a capital before.
        boolean afterWord = Character.isLowerCase(before) && dot >= 2 && Character.isLetter(text.charAt(dot - 2));
        return afterWord && space == ' ' && Character.isLowerCase(after) && !isAbbreviation(text, dot);
    }

    private static boolean isAbbreviation(String text, int dot) {
        int start = dot - 1;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        boolean dottedBefore = start > 0 && text.charAt(start - 1) == '.';
        return dottedBefore || dot - start <= 2 && start > 0 && text.charAt(start - 1) == ' '
                && text.regionMatches(start, "vs", 0, 2);
    }
}
