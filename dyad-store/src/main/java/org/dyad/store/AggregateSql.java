package org.dyad.store;

import java.util.ArrayList;
import java.util.List;
import org.dyad.relations.RelationQuery;
import org.dyad.relations.TopKind;

/** The SQL of relations over time and of rankings, shared by both databases. */
final class AggregateSql {
    record Query(String text, List<Object> parameters) {
        Query {
            parameters = List.copyOf(parameters);
        }
    }

    private AggregateSql() {
    }

    /** Asserted events between the two actors per period: QuadClass counts and mean Goldstein. */
    static Query relations(RelationQuery query) {
        List<Object> parameters = new ArrayList<>();
        String forward = "(" + FilterSql.actorCondition("source") + " AND " + FilterSql.actorCondition("target") + ")";
        parameters.addAll(List.of(query.first(), query.first(), query.second(), query.second()));
        String pair = forward;
        if (!query.directed()) {
            pair = "(" + forward + " OR " + forward + ")";
            parameters.addAll(List.of(query.second(), query.second(), query.first(), query.first()));
        }
        StringBuilder where = new StringBuilder("e.modality = 'asserted' AND " + pair);
        if (query.from() != null) {
            where.append(" AND e.date_value >= ?");
            parameters.add(query.from());
        }
        if (query.to() != null) {
            where.append(" AND e.date_value <= ?");
            parameters.add(query.to());
        }
        // The unit comes from an enum, never from the user.
        String period = "CAST(date_trunc('" + query.period().sqlUnit() + "', e.date_value) AS DATE)";
        return new Query("SELECT " + period + " AS period,"
                + " count(*) FILTER (WHERE e.quad_class = 1), count(*) FILTER (WHERE e.quad_class = 2),"
                + " count(*) FILTER (WHERE e.quad_class = 3), count(*) FILTER (WHERE e.quad_class = 4),"
                + " avg(e.goldstein) FROM events e WHERE " + where + " GROUP BY 1 ORDER BY 1", parameters);
    }

    /** Actors (as source or target), dyads or codes by number of events, then by key. */
    static Query top(TopKind kind, EventFilter filter, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("--limit must be at least 1: " + limit);
        }
        FilterSql where = FilterSql.of(filter);
        List<Object> parameters = new ArrayList<>(where.parameters());
        String sql = switch (kind) {
            case ACTORS -> {
                parameters.addAll(where.parameters());
                yield "SELECT code, max(name), count(*), sum(mentions) FROM ("
                        + "SELECT e.source_code AS code, e.source_name AS name, e.mention_count AS mentions"
                        + " FROM events e WHERE e.source_code IS NOT NULL AND " + where.condition()
                        + " UNION ALL SELECT e.target_code, e.target_name, e.mention_count"
                        + " FROM events e WHERE e.target_code IS NOT NULL AND " + where.condition()
                        + ") actors GROUP BY code";
            }
            case DYADS -> "SELECT e.source_code || '>' || e.target_code, max(e.source_name) || ' > '"
                    + " || max(e.target_name), count(*), sum(e.mention_count) FROM events e"
                    + " WHERE e.source_code IS NOT NULL AND e.target_code IS NOT NULL AND " + where.condition()
                    + " GROUP BY e.source_code, e.target_code";
            case CODES -> "SELECT e.cameo, '', count(*), sum(e.mention_count) FROM events e WHERE "
                    + where.condition() + " GROUP BY e.cameo";
        };
        return new Query(sql + " ORDER BY 3 DESC, 1 LIMIT " + limit, parameters);
    }
}
