package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.dyad.dedup.DedupKey;
import org.dyad.dedup.DedupRule;
import org.dyad.dedup.EventCluster;

/**
 * Finds the stored events that a batch's reports may join, with one query per batch: the batch's keys and the
 * day ranges around their dates go into a temporary table, which one join with {@code events} reads. Looking
 * keys up in chunks of an IN list instead scanned {@code events} once per chunk, and bounded ingest by it.
 */
final class CandidateFinder {
    private static final String PROBE = "dedup_probe";

    private final Connection connection;
    private final TableWriter tables;
    private final DedupRule rule;

    CandidateFinder(Connection connection, TableWriter tables, DedupRule rule) {
        this.connection = connection;
        this.tables = tables;
        this.rule = rule;
    }

    /**
     * The stored events with one of the keys, dated within the rule's window of a date the key was reported
     * with, as clusters whose counts start from the stored ones. Runs in the caller's transaction.
     */
    List<EventCluster> find(Map<DedupKey, ? extends Iterable<LocalDate>> datesByKey) throws SQLException {
        List<Object[]> ranges = ranges(datesByKey);
        List<EventCluster> found = new ArrayList<>();
        if (ranges.isEmpty()) {
            return found;
        }
        Map<String, DedupKey> keys = new HashMap<>();
        datesByKey.keySet().forEach(key -> keys.put(key.asText(), key));
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TEMPORARY TABLE IF NOT EXISTS " + PROBE
                    + " (dedup_key VARCHAR NOT NULL, first_day DATE NOT NULL, last_day DATE NOT NULL)");
        }
        tables.writeTemporary(PROBE, ranges);
        // The ranges of one key never overlap, so the join yields each event at most once.
        try (PreparedStatement select = connection.prepareStatement("SELECT e.id, e.dedup_key, e.date_value,"
                + " e.location_country, e.mention_count, e.article_count, e.source_count, e.confidence"
                + " FROM " + PROBE + " p JOIN events e ON e.dedup_key = p.dedup_key"
                + " AND e.date_value BETWEEN p.first_day AND p.last_day");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                found.add(new EventCluster(rows.getLong(1), keys.get(rows.getString(2)),
                        rows.getObject(3, LocalDate.class), rows.getString(4), true, rows.getInt(5), rows.getInt(6),
                        rows.getInt(7), rows.getDouble(8)));
            }
        }
        // A failed batch rolls its ranges back; a committed one must leave the table empty for the next.
        try (Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM " + PROBE);
        }
        return found;
    }

    /** Per key, the windows around its dates merged where they touch: rows of (key, first day, last day). */
    List<Object[]> ranges(Map<DedupKey, ? extends Iterable<LocalDate>> datesByKey) {
        List<Object[]> ranges = new ArrayList<>();
        datesByKey.forEach((key, dates) -> {
            TreeSet<LocalDate> sorted = new TreeSet<>();
            dates.forEach(sorted::add);
            LocalDate first = null;
            LocalDate last = null;
            for (LocalDate date : sorted) {
                if (last != null && !rule.earliest(date).isAfter(last.plusDays(1))) {
                    last = rule.latest(date);
                    continue;
                }
                if (first != null) {
                    ranges.add(new Object[] {key.asText(), first, last});
                }
                first = rule.earliest(date);
                last = rule.latest(date);
            }
            if (first != null) {
                ranges.add(new Object[] {key.asText(), first, last});
            }
        });
        return ranges;
    }
}
