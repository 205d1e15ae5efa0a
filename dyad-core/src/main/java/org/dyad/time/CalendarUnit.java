package org.dyad.time;

import java.time.temporal.ChronoUnit;

/** The units date expressions count in. */
enum CalendarUnit {
    DAY(ChronoUnit.DAYS), WEEK(ChronoUnit.WEEKS), MONTH(ChronoUnit.MONTHS), YEAR(ChronoUnit.YEARS);

    private final ChronoUnit chrono;

    CalendarUnit(ChronoUnit chrono) {
        this.chrono = chrono;
    }

    ChronoUnit chrono() {
        return chrono;
    }

    /** How exactly a date counted in this unit is known: "two weeks ago" names a week, not a day. */
    DatePrecision precision() {
        return switch (this) {
            case DAY -> DatePrecision.DAY;
            case WEEK -> DatePrecision.WEEK;
            case MONTH -> DatePrecision.MONTH;
            case YEAR -> DatePrecision.YEAR;
        };
    }
}
