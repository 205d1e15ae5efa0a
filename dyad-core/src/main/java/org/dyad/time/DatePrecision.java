package org.dyad.time;

import java.util.Locale;

/** How exactly an event date is known. */
public enum DatePrecision {
    DAY, WEEK, MONTH, YEAR, RANGE;

    /** The lower-case name used in the event record. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
