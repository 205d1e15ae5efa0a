package org.dyad.time;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When an event happened, as an interval with a representative day.
 *
 * @param value     the single day that stands for the event (a point inside {@code [start, end]})
 * @param start     first day the event may have happened on
 * @param end       last day the event may have happened on (inclusive)
 * @param precision how exactly the interval is known
 * @param text      the words that gave the date, or {@code null} when the basis is the article
 * @param basis     whether words in the text or the article's date gave it
 */
public record EventDate(LocalDate value, LocalDate start, LocalDate end, DatePrecision precision, String text,
                        DateBasis basis) {
    public EventDate {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(basis, "basis");
        if (start.isAfter(end) || value.isBefore(start) || value.isAfter(end)) {
            throw new IllegalArgumentException("date value " + value + " outside [" + start + ", " + end + "]");
        }
    }

    /** The article's publication date standing in for an undated event. */
    public static EventDate ofArticle(LocalDate articleDate) {
        return new EventDate(articleDate, articleDate, articleDate, DatePrecision.DAY, null, DateBasis.ARTICLE);
    }
}
