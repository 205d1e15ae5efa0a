package org.dyad.relations;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** The length of the periods a relation is counted in. */
public enum Period {
    /** ISO weeks, from Monday. */
    WEEK,
    MONTH,
    YEAR;

    /** The unit's name in SQL's {@code date_trunc}. */
    public String sqlUnit() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The first day of the period a day is in. */
    public LocalDate start(LocalDate day) {
        return switch (this) {
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case YEAR -> day.withDayOfYear(1);
        };
    }

    /** The first day of the next period. */
    public LocalDate next(LocalDate periodStart) {
        return switch (this) {
            case WEEK -> periodStart.plusWeeks(1);
            case MONTH -> periodStart.plusMonths(1);
            case YEAR -> periodStart.plusYears(1);
        };
    }

    /** The period as people write it: {@code 2024-W14}, {@code 2024-04}, {@code 2024}. */
    public String label(LocalDate periodStart) {
        return switch (this) {
            case WEEK -> String.format("%d-W%02d", periodStart.get(IsoFields.WEEK_BASED_YEAR),
                    periodStart.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> String.format("%d-%02d", periodStart.getYear(), periodStart.getMonthValue());
            case YEAR -> Integer.toString(periodStart.getYear());
        };
    }
}
