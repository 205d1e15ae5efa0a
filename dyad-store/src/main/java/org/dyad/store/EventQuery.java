package org.dyad.store;

import java.util.Locale;
import java.util.Objects;

/**
 * One page of events to list.
 *
 * @param filter       dates, actor, CAMEO prefix and modality
 * @param counterpart  with {@code filter.actor()}: only events between the two actors, in either direction;
 *                     {@code null} for any
 * @param text         words the evidence sentence or an actor's name contains (case-insensitive), or {@code null}
 * @param quadClass    1 to 4, or {@code null} for any
 * @param sort         the order
 * @param descending   largest first
 * @param limit        events on the page, at least 1
 * @param offset       events skipped before the page
 */
public record EventQuery(EventFilter filter, String counterpart, String text, Integer quadClass, EventSort sort,
                         boolean descending, int limit, long offset) {
    public EventQuery {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(sort, "sort");
        counterpart = counterpart == null ? null : counterpart.toUpperCase(Locale.ROOT);
        if (counterpart != null && filter.actor() == null) {
            throw new IllegalArgumentException("a counterpart needs an actor");
        }
        text = text == null || text.isBlank() ? null : text.strip();
        if (quadClass != null && (quadClass < 1 || quadClass > 4)) {
            throw new IllegalArgumentException("QuadClass " + quadClass + " is not 1 to 4");
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
    }

    /** The first {@code limit} filtered events, newest first. */
    public static EventQuery of(EventFilter filter, int limit) {
        return new EventQuery(filter, null, null, null, EventSort.DATE, true, limit, 0);
    }
}
