package org.dyad.store;

import java.util.ArrayList;
import java.util.List;

/** The SQL of browsing: pages of events, one event's mentions, places and the actor network. */
final class BrowseSql {
    private BrowseSql() {
    }

    /** The condition of a page query on {@code events e}, with its parameters. */
    static AggregateSql.Query condition(EventQuery query) {
        FilterSql where = FilterSql.of(query.filter());
        List<String> parts = new ArrayList<>(List.of(where.condition()));
        List<Object> parameters = new ArrayList<>(where.parameters());
        if (query.counterpart() != null) {
            String a = query.filter().actor();
            String b = query.counterpart();
            String forward = "(" + FilterSql.actorCondition("source") + " AND " + FilterSql.actorCondition("target")
                    + ")";
            parts.add("(" + forward + " OR " + forward + ")");
            parameters.addAll(List.of(a, a, b, b, b, b, a, a));
        }
        if (query.quadClass() != null) {
            parts.add("e.quad_class = ?");
            parameters.add(query.quadClass());
        }
        if (query.text() != null) {
            String pattern = "%" + likeEscaped(query.text().toLowerCase(java.util.Locale.ROOT)) + "%";
            parts.add("(lower(e.source_name) LIKE ? ESCAPE '\\' OR lower(e.target_name) LIKE ? ESCAPE '\\'"
                    + " OR EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = e.id"
                    + " AND lower(m.evidence) LIKE ? ESCAPE '\\'))");
            parameters.addAll(List.of(pattern, pattern, pattern));
        }
        return new AggregateSql.Query(String.join(" AND ", parts), parameters);
    }

    static AggregateSql.Query count(EventQuery query) {
        AggregateSql.Query where = condition(query);
        return new AggregateSql.Query("SELECT count(*) FROM events e WHERE " + where.text(), where.parameters());
    }

    static AggregateSql.Query page(EventQuery query) {
        AggregateSql.Query where = condition(query);
        List<Object> parameters = new ArrayList<>(where.parameters());
        parameters.add(query.limit());
        parameters.add(query.offset());
        // The column and direction come from an enum and a boolean, never from the request.
        String order = query.sort().column() + (query.descending() ? " DESC NULLS LAST" : " ASC NULLS LAST")
                + ", e.id" + (query.descending() ? " DESC" : "");
        // The page is cut from events alone; only its rows are joined to their first article's URL.
        return new AggregateSql.Query("SELECT " + StoreRows.EVENT_COLUMNS + " FROM (SELECT e.* FROM events e WHERE "
                + where.text() + " ORDER BY " + order + " LIMIT ? OFFSET ?) e"
                + " JOIN articles fa ON fa.id = e.first_article_id ORDER BY " + order, parameters);
    }

    static String event() {
        return "SELECT " + StoreRows.EVENT_COLUMNS
                + " FROM events e JOIN articles fa ON fa.id = e.first_article_id WHERE e.id = ?";
    }

    static String mentions() {
        return "SELECT " + StoreRows.MENTION_COLUMNS + " FROM mentions m JOIN articles a ON a.id = m.article_id"
                + " WHERE m.event_id = ? ORDER BY a.ingested_at, m.article_id, m.sentence";
    }

    /** Places with events, most events first. */
    static AggregateSql.Query places(EventFilter filter, int limit) {
        FilterSql where = FilterSql.of(filter);
        List<Object> parameters = new ArrayList<>(where.parameters());
        parameters.add(limit);
        return new AggregateSql.Query("SELECT e.location_name, max(e.location_country), avg(e.lat), avg(e.lon),"
                + " count(*), avg(e.goldstein) FROM events e WHERE e.lat IS NOT NULL AND e.lon IS NOT NULL"
                + " AND e.location_name IS NOT NULL AND " + where.condition()
                + " GROUP BY e.location_name ORDER BY 5 DESC, 1 LIMIT ?", parameters);
    }

    /** Ordered actor pairs with their events, mean Goldstein and net cooperation, most events first. */
    static AggregateSql.Query network(EventFilter filter, int limit) {
        FilterSql where = FilterSql.of(filter);
        List<Object> parameters = new ArrayList<>(where.parameters());
        parameters.add(limit);
        return new AggregateSql.Query("SELECT e.source_code, max(e.source_name), e.target_code, max(e.target_name),"
                + " count(*), avg(e.goldstein), sum(CASE WHEN e.quad_class <= 2 THEN 1 ELSE -1 END)"
                + " FROM events e WHERE e.source_code IS NOT NULL AND e.target_code IS NOT NULL AND "
                + where.condition() + " GROUP BY e.source_code, e.target_code ORDER BY 5 DESC, 1, 3 LIMIT ?",
                parameters);
    }

    /** The text with LIKE's wildcards and escape character taken literally. */
    static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
