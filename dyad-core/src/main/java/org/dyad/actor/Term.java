package org.dyad.actor;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One term of one office held by a person.
 *
 * @param office the office in English, e.g. "President", "Foreign Minister"
 * @param code   the actor code the holder acts as, e.g. "USAGOV", or an organisation code such as "UNO"
 * @param start  the first day in office
 * @param end    the day the term ended, exclusive: the day a successor took over; {@code null} while open
 */
public record Term(String office, String code, LocalDate start, LocalDate end) {
    public Term {
        Phrases.requireText(office, "office");
        Phrases.requireActorCode(code, "term code");
        Objects.requireNonNull(start, "start");
        if (end != null && !end.isAfter(start)) {
            throw new IllegalArgumentException("term of " + office + " ends " + end + ", not after its start " + start);
        }
    }

    /** Whether the holder was in office on {@code date}: {@code start <= date < end}. */
    public boolean covers(LocalDate date) {
        return !date.isBefore(start) && (end == null || date.isBefore(end));
    }

    /** Whether this term and {@code other} share at least one day. */
    boolean overlaps(Term other) {
        boolean thisEndsFirst = end != null && !end.isAfter(other.start);
        boolean otherEndsFirst = other.end != null && !other.end.isAfter(start);
        return !thisEndsFirst && !otherEndsFirst;
    }
}
