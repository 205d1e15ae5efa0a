package org.dyad.time;

import java.time.DayOfWeek;
import java.util.Objects;

/** What a date expression says, before it is resolved against the article date and the text around it. */
sealed interface DateExpression {
    /** Marks a year the text leaves out ("March 22", "in February"). */
    int NO_YEAR = 0;

    /** Where a relative expression counts from. */
    enum Origin {
        /** The last day-exact date mentioned before it ("three days later"), else the article date. */
        TEXT,
        /** The article date ("two days ago"). */
        ARTICLE
    }

    /** A calendar day: "March 22, 2024", "22 March", "2024-03-22". */
    record CalendarDay(int year, int month, int day) implements DateExpression {
        public CalendarDay {
            checkMonth(month);
            if (day < 1 || day > 31) {
                throw new IllegalArgumentException("day " + day);
            }
        }
    }

    /** A named month: "February 2023", "in February", "last November" (shift -1), "next May" (shift 1). */
    record CalendarMonth(int year, int month, int shift) implements DateExpression {
        public CalendarMonth {
            checkMonth(month);
            checkShift(shift);
        }
    }

    /** A year: "in 2018". */
    record CalendarYear(int year) implements DateExpression {
    }

    /** A decade: "the 1990s". */
    record Decade(int firstYear) implements DateExpression {
    }

    /** Part of a month or year: "late March", "mid-2023", "the end of last year". */
    record PartOf(Section section, DateExpression whole) implements DateExpression {
        public PartOf {
            Objects.requireNonNull(section, "section");
            Objects.requireNonNull(whole, "whole");
        }
    }

    /** A day named by its distance from the article day: "today" (0), "yesterday" (-1), "last night" (-1). */
    record NamedDay(int offset) implements DateExpression {
    }

    /** The week, month or year of the article, or the one before (-1) or after (1): "this week", "last year". */
    record ArticlePeriod(CalendarUnit unit, int shift) implements DateExpression {
        public ArticlePeriod {
            Objects.requireNonNull(unit, "unit");
            checkShift(shift);
        }
    }

    /** A weekday: "on Monday" (shift 0), "last Tuesday" (-1), "next Friday" (1), "this Friday" (this week). */
    record Weekday(DayOfWeek day, int shift, boolean thisWeek) implements DateExpression {
        public Weekday {
            Objects.requireNonNull(day, "day");
            checkShift(shift);
        }
    }

    /**
     * A distance from an origin: "three days later" (3, TEXT), "two weeks ago" (-2, ARTICLE), "the next day".
     * A vague one ("days later", "a few weeks ago") says only the direction, by the sign of {@code count}.
     */
    record Offset(CalendarUnit unit, int count, boolean vague, Origin origin) implements DateExpression {
        public Offset {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(origin, "origin");
            if (vague && count == 0) {
                throw new IllegalArgumentException("a vague offset needs a direction");
            }
        }
    }

    /**
     * A stretch next to the article date: "the coming months", "the next two weeks", "the past three days".
     * {@code count} 0 means the text gives none.
     */
    record Stretch(CalendarUnit unit, int count, boolean ahead) implements DateExpression {
        public Stretch {
            Objects.requireNonNull(unit, "unit");
            if (count < 0) {
                throw new IllegalArgumentException("count " + count);
            }
        }
    }

    private static void checkMonth(int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month " + month);
        }
    }

    private static void checkShift(int shift) {
        if (shift < -1 || shift > 1) {
            throw new IllegalArgumentException("shift " + shift);
        }
    }
}
