package org.dyad.time;

import java.time.LocalDate;

/** The early, middle or late part of a month or a year ("early March", "mid-2023", "end of January"). */
enum Section {
    EARLY, MID, LATE;

    /**
     * The part of a month (days 1-10, 11-20, 21-last) or of a year (January-April, May-August,
     * September-December); {@code whole} must be exactly that month or year.
     */
    Interval of(Interval whole, CalendarUnit unit) {
        LocalDate first = whole.start();
        return switch (unit) {
            case MONTH -> switch (this) {
                case EARLY -> new Interval(first, first.plusDays(9));
                case MID -> new Interval(first.plusDays(10), first.plusDays(19));
                case LATE -> new Interval(first.plusDays(20), whole.end());
            };
            case YEAR -> switch (this) {
                case EARLY -> new Interval(first, first.plusMonths(4).minusDays(1));
                case MID -> new Interval(first.plusMonths(4), first.plusMonths(8).minusDays(1));
                case LATE -> new Interval(first.plusMonths(8), whole.end());
            };
            case DAY, WEEK -> throw new IllegalArgumentException("no " + this + " part of a " + unit);
        };
    }
}
