package org.dyad.store;

import java.util.List;

/**
 * A page of events and how many the query matched in all.
 *
 * @param total  events matching the query
 * @param events the page, in the query's order
 */
public record EventPage(long total, List<StoredEvent> events) {
    public EventPage {
        events = List.copyOf(events);
    }
}
