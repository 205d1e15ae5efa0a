package org.dyad.relations;

import java.util.Objects;

/**
 * One line of a ranking.
 *
 * @param key      the actor code, {@code SOURCE>TARGET}, or the CAMEO code
 * @param label    a name for it (actor name, CAMEO name when known), possibly empty
 * @param events   events counted
 * @param mentions mentions of those events
 */
public record TopRow(String key, String label, long events, long mentions) {
    public TopRow {
        Objects.requireNonNull(key, "key");
        label = label == null ? "" : label;
    }
}
