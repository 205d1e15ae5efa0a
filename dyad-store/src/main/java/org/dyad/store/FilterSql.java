package org.dyad.store;

import java.util.ArrayList;
import java.util.List;

/** An {@link EventFilter} as a SQL condition on {@code events e} with its parameters, in order. */
record FilterSql(String condition, List<Object> parameters) {
    FilterSql {
        parameters = List.copyOf(parameters);
    }

    static FilterSql of(EventFilter filter) {
        List<String> parts = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        if (filter.from() != null) {
            parts.add("e.date_value >= ?");
            parameters.add(filter.from());
        }
        if (filter.to() != null) {
            parts.add("e.date_value <= ?");
            parameters.add(filter.to());
        }
        if (filter.actor() != null) {
            parts.add("(" + actorCondition("source") + " OR " + actorCondition("target") + ")");
            parameters.addAll(List.of(filter.actor(), filter.actor(), filter.actor(), filter.actor()));
        }
        if (filter.code() != null) {
            parts.add("e.cameo LIKE ?");
            parameters.add(filter.code() + "%");
        }
        if (filter.modality() != null) {
            parts.add("e.modality = ?");
            parameters.add(filter.modality());
        }
        return new FilterSql(parts.isEmpty() ? "TRUE" : String.join(" AND ", parts), parameters);
    }

    /** An actor argument names an actor by its code or by its country. */
    static String actorCondition(String role) {
        return "(e." + role + "_code = ? OR e." + role + "_country = ?)";
    }
}
