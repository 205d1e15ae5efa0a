package org.dyad.time;

import java.util.Objects;

/**
 * A date expression found in an article's text.
 *
 * @param begin offset of the first character of the expression in the text given to {@link DateTagger#find}
 * @param end   offset just past its last character, so {@code text.substring(begin, end)} equals {@code date.text()}
 * @param date  the date the expression stands for, with basis {@link DateBasis#EXPRESSION}
 */
public record DateMention(int begin, int end, EventDate date) {
    public DateMention {
        Objects.requireNonNull(date, "date");
        if (begin < 0 || begin > end) {
            throw new IllegalArgumentException("date mention span [" + begin + ", " + end + ") is not a span");
        }
    }
}
