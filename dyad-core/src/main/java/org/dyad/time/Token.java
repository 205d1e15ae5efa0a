package org.dyad.time;

import java.util.Locale;
import java.util.Objects;

/**
 * A run of letters and digits, or one other character, with its offsets.
 *
 * @param text        the characters as written
 * @param lower       the characters in lower case (Locale.ROOT)
 * @param begin       offset of the first character
 * @param end         offset past the last character
 * @param spaceBefore whether white space (or the start of the text) comes right before it
 */
record Token(String text, String lower, int begin, int end, boolean spaceBefore) {
    private static final int NOT_A_NUMBER = -1;

    Token {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(lower, "lower");
        if (text.isEmpty() || begin < 0 || end - begin != text.length()) {
            throw new IllegalArgumentException("token '" + text + "' at [" + begin + ", " + end + ")");
        }
    }

    static Token of(String text, int begin, boolean spaceBefore) {
        return new Token(text, text.toLowerCase(Locale.ROOT), begin, begin + text.length(), spaceBefore);
    }

    /** Only ASCII digits count: other scripts' digits are not read as years or days. */
    boolean isNumber() {
        return text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** The value of a number of at most four digits, else -1. */
    int number() {
        return isNumber() && text.length() <= 4 ? Integer.parseInt(text) : NOT_A_NUMBER;
    }

    /** The value of an ordinal such as "22nd" or "1st", else -1. */
    int ordinal() {
        int digits = text.length() - 2;
        if (digits < 1 || digits > 2) {
            return NOT_A_NUMBER;
        }
        String suffix = lower.substring(digits);
        boolean known = suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th");
        return known ? Token.of(text.substring(0, digits), begin, spaceBefore).number() : NOT_A_NUMBER;
    }

    boolean isMark(char mark) {
        return text.length() == 1 && text.charAt(0) == mark;
    }

    boolean isWord() {
        return Character.isLetterOrDigit(text.codePointAt(0));
    }

    boolean isCapitalised() {
        return Character.isUpperCase(text.codePointAt(0));
    }
}
