package org.dyad.store;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Which events a query or export takes; every part may be {@code null} for "any".
 *
 * @param from     first event date
 * @param to       last event date (inclusive)
 * @param actor    an actor code ({@code USAGOV}) or country ({@code USA}) as source or target
 * @param code     a CAMEO code prefix ({@code 04} takes every consultation, {@code 042} visits)
 * @param modality asserted, negated, hypothetical or future
 */
public record EventFilter(LocalDate from, LocalDate to, String actor, String code, String modality) {
    public EventFilter {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("--from " + from + " is after --to " + to);
        }
        if (code != null && !code.matches("\\d{1,4}")) {
            throw new IllegalArgumentException("CAMEO code filter '" + code + "' is not 1 to 4 digits");
        }
        actor = actor == null ? null : actor.toUpperCase(Locale.ROOT);
        if (modality != null && !modality.matches("asserted|negated|hypothetical|future")) {
            throw new IllegalArgumentException("modality '" + modality
                    + "' is not one of asserted, negated, hypothetical, future");
        }
    }

    /** Every event. */
    public static EventFilter all() {
        return new EventFilter(null, null, null, null, null);
    }

    /** The same filter with another modality. */
    public EventFilter withModality(String newModality) {
        return new EventFilter(from, to, actor, code, newModality);
    }
}
