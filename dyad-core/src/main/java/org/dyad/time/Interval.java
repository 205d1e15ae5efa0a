package org.dyad.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/** A closed interval of days. */
record Interval(LocalDate start, LocalDate end) {
    Interval {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (start.isAfter(end)) {
            throw new IllegalArgumentException("interval starts " + start + " after it ends " + end);
        }
    }

    static Interval day(LocalDate day) {
        return new Interval(day, day);
    }

    /** The ISO week (Monday to Sunday) holding the day. */
    static Interval isoWeek(LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new Interval(monday, monday.plusDays(6));
    }

    static Interval month(YearMonth month) {
        return new Interval(month.atDay(1), month.atEndOfMonth());
    }

    static Interval year(int year) {
        return new Interval(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** The period of the given unit that holds the day. */
    static Interval around(LocalDate day, CalendarUnit unit) {
        return switch (unit) {
            case DAY -> day(day);
            case WEEK -> isoWeek(day);
            case MONTH -> month(YearMonth.from(day));
            case YEAR -> year(day.getYear());
        };
    }

    /** The day halfway through; the earlier of the two middle days when the length is even. */
    LocalDate middle() {
        return start.plusDays(ChronoUnit.DAYS.between(start, end) / 2);
    }

    boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
