package org.dyad.relations;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * The relation between two actors over time. An actor is named by its code ({@code USAGOV}, {@code NATO}) or its
 * country ({@code USA}, which takes every US actor).
 *
 * @param first    one actor
 * @param second   the other
 * @param period   week, month or year
 * @param from     first event date, or {@code null}
 * @param to       last event date (inclusive), or {@code null}
 * @param directed only events from {@code first} to {@code second}; otherwise both directions
 */
public record RelationQuery(String first, String second, Period period, LocalDate from, LocalDate to,
                            boolean directed) {
    public RelationQuery {
        first = Objects.requireNonNull(first, "first").toUpperCase(Locale.ROOT);
        second = Objects.requireNonNull(second, "second").toUpperCase(Locale.ROOT);
        Objects.requireNonNull(period, "period");
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("--from " + from + " is after --to " + to);
        }
    }
}
