package org.dyad.time;

/** Tells whether the sentence leading up to a date speaks of the future ("will meet on Friday"). */
final class FutureCue {
    /** How far back to look; sentences rarely run longer, and it keeps the look-back bounded on garbage. */
    private static final int MAX_LOOK_BACK = 60;
    /** A full stop after a short capitalised word ("U.S.", "Mr.", "Jan.") is taken for an abbreviation. */
    private static final int ABBREVIATION_LENGTH = 3;

    private final DateWords words;

    FutureCue(DateWords words) {
        this.words = words;
    }

    /** Whether a future word comes between the start of the sentence and the token. */
    boolean before(Tokens tokens, int index) {
        int stop = Math.max(0, index - MAX_LOOK_BACK);
        for (int at = index - 1; at >= stop; at--) {
            if (endsSentence(tokens, at)) {
                return false;
            }
            if (words.is(DateWords.Kind.FUTURE, tokens.lower(at))) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsSentence(Tokens tokens, int at) {
        Token token = tokens.get(at);
        if (token.isMark('!') || token.isMark('?') || token.isMark(';')) {
            return true;
        }
        if (!token.isMark('.')) {
            return false;
        }
        Token previous = tokens.get(at - 1);
        boolean abbreviation = tokens.joined(at) && previous.isCapitalised()
                && previous.text().length() <= ABBREVIATION_LENGTH;
        return !abbreviation;
    }
}
