package org.dyad.time;

import java.util.ArrayList;
import java.util.List;

/** A text cut into tokens, with the look-ups the date grammar needs; out-of-range positions are simply empty. */
final class Tokens {
    private static final Token NONE = Token.of("\u0000", 0, true);

    private final List<Token> tokens;

    private Tokens(List<Token> tokens) {
        this.tokens = List.copyOf(tokens);
    }

    /** Cuts text into runs of letters and digits and single other characters, dropping white space. */
    static Tokens of(String text) {
        List<Token> tokens = new ArrayList<>();
        boolean space = true;
        int at = 0;
        while (at < text.length()) {
            int codePoint = text.codePointAt(at);
            if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
                space = true;
                at += Character.charCount(codePoint);
                continue;
            }
            int start = at;
            at += Character.charCount(codePoint);
            if (Character.isLetterOrDigit(codePoint)) {
                while (at < text.length() && Character.isLetterOrDigit(text.codePointAt(at))) {
                    at += Character.charCount(text.codePointAt(at));
                }
            }
            tokens.add(Token.of(text.substring(start, at), start, space));
            space = false;
        }
        return new Tokens(tokens);
    }

    int size() {
        return tokens.size();
    }

    /** The token at a position, or a blank stand-in that matches nothing when the position is outside. */
    Token get(int index) {
        return index >= 0 && index < tokens.size() ? tokens.get(index) : NONE;
    }

    String lower(int index) {
        return get(index).lower();
    }

    boolean exists(int index) {
        return index >= 0 && index < tokens.size();
    }

    boolean isWord(int index, String lower) {
        return exists(index) && get(index).lower().equals(lower);
    }

    boolean isMark(int index, char mark) {
        return exists(index) && get(index).isMark(mark);
    }

    /** Whether the token exists and touches the one before it, as the parts of "2024-03-22" or "25%" do. */
    boolean joined(int index) {
        return exists(index) && index > 0 && !get(index).spaceBefore();
    }

    /** Whether a word follows: "the day before the vote" counts from the vote, "the day before," from the text. */
    boolean wordAt(int index) {
        return exists(index) && get(index).isWord();
    }
}
