package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.dedup.DedupIndex;
import org.dyad.dedup.DedupKey;
import org.dyad.dedup.DedupRule;
import org.dyad.dedup.EventCluster;
import org.dyad.event.Event;
import org.dyad.store.ArticleOutcome.Coded;

/**
 * Stores one batch of records in the connection's current transaction: skips records already settled, joins each
 * coded event to the event it reports (or creates one), and writes articles, events, mentions and actors. The
 * caller commits or rolls back, so a batch is kept whole or not at all.
 */
final class BatchWriter {
    private static final int CHUNK = 500;
    private static final String COUNTS = "event_counts";

    private final Connection connection;
    private final TableWriter tables;
    private final DedupRule rule;
    private final CandidateFinder candidates;

    BatchWriter(Connection connection, TableWriter tables, DedupRule rule) {
        this.connection = connection;
        this.tables = tables;
        this.rule = rule;
        this.candidates = new CandidateFinder(connection, tables, rule);
    }

    BatchReport write(List<ArticleOutcome> batch) throws SQLException {
        Map<String, ArticleOutcome> unique = new LinkedHashMap<>();
        batch.forEach(outcome -> unique.putIfAbsent(outcome.id(), outcome));
        Map<String, String> statuses = statuses(unique.keySet());
        List<ArticleOutcome> fresh = new ArrayList<>();
        List<String> retried = new ArrayList<>();
        for (ArticleOutcome outcome : unique.values()) {
            String status = statuses.get(outcome.id());
            if (status == null) {
                fresh.add(outcome);
            } else if (status.equals(RowValues.FAILED)) {
                retried.add(outcome.id());
                fresh.add(outcome);
            }
        }
        int skipped = batch.size() - fresh.size();
        deleteArticles(retried);

        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        DedupIndex index = new DedupIndex(rule);
        List<EventCluster> stored = loadCandidates(fresh, index);
        Map<EventCluster, Event> created = new LinkedHashMap<>();
        Set<EventCluster> touched = new HashSet<>();
        Map<EventCluster, Set<String>> newSources = new HashMap<>();
        List<Object[]> articleRows = new ArrayList<>();
        List<Object[]> mentionRows = new ArrayList<>();
        Map<String, Object[]> actorRows = new LinkedHashMap<>();
        IdBlock ids = new IdBlock(connection, eventCount(fresh));
        int joined = 0;
        int failed = 0;
        int codedArticles = 0;
        for (ArticleOutcome outcome : fresh) {
            articleRows.add(RowValues.article(outcome, now));
            if (!(outcome instanceof Coded coded)) {
                failed += outcome instanceof ArticleOutcome.Failed ? 1 : 0;
                continue;
            }
            codedArticles++;
            String articleId = coded.id();
            String source = coded.coded().article().source();
            for (Event event : coded.coded().events()) {
                DedupKey key = DedupKey.of(event);
                String country = event.location() == null ? null : event.location().country();
                EventCluster cluster = index.match(key, event.date().value(), country, articleId).orElse(null);
                if (cluster == null) {
                    cluster = new EventCluster(ids.next(), key, event.date().value(), country, false, 0, 0, 0, 0);
                    index.add(cluster);
                    created.put(cluster, event);
                } else {
                    joined++;
                }
                if (cluster.add(articleId, source, event.mentions().size(), event.confidence()) && cluster.stored()) {
                    newSources.computeIfAbsent(cluster, c -> new HashSet<>()).add(source);
                }
                touched.add(cluster);
                mentionRows.addAll(RowValues.mentions(cluster.id(), coded.coded().article(), event));
                RowValues.actors(event).forEach(row -> actorRows.putIfAbsent((String) row[0], row));
            }
        }
        correctKnownSources(newSources);
        tables.write("articles", articleRows);
        List<Object[]> eventRows = new ArrayList<>();
        created.forEach((cluster, event) -> eventRows.add(RowValues.event(cluster, event, now)));
        tables.write("events", eventRows);
        tables.write("mentions", mentionRows);
        tables.write("actors", newActors(actorRows));
        updateCounts(stored.stream().filter(touched::contains).toList());
        return new BatchReport(fresh.size(), skipped, created.size(), joined, mentionRows.size(), failed,
                codedArticles);
    }

    private Map<String, String> statuses(Collection<String> ids) throws SQLException {
        Map<String, String> statuses = new HashMap<>();
        for (List<String> chunk : chunks(List.copyOf(ids))) {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, status FROM articles WHERE id IN (" + marks(chunk.size()) + ")")) {
                Parameters.bind(select, List.copyOf(chunk));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        statuses.put(rows.getString(1), rows.getString(2));
                    }
                }
            }
        }
        return statuses;
    }

    private void deleteArticles(List<String> ids) throws SQLException {
        for (List<String> chunk : chunks(ids)) {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM articles WHERE id IN (" + marks(chunk.size()) + ")")) {
                Parameters.bind(delete, List.copyOf(chunk));
                delete.executeUpdate();
            }
        }
    }

    /** Loads the stored events a report of this batch may join into the index; returns them. */
    private List<EventCluster> loadCandidates(List<ArticleOutcome> fresh, DedupIndex index) throws SQLException {
        Map<DedupKey, List<LocalDate>> datesByKey = new HashMap<>();
        for (ArticleOutcome outcome : fresh) {
            if (outcome instanceof Coded coded) {
                for (Event event : coded.coded().events()) {
                    datesByKey.computeIfAbsent(DedupKey.of(event), key -> new ArrayList<>()).add(event.date().value());
                }
            }
        }
        List<EventCluster> loaded = candidates.find(datesByKey);
        loaded.forEach(index::add);
        return loaded;
    }

    /**
     * Sources counted as new for stored events that the store had already seen for them: one query per chunk of
     * events, before this batch's own mentions are written.
     */
    private void correctKnownSources(Map<EventCluster, Set<String>> newSources) throws SQLException {
        Map<Long, EventCluster> byId = new HashMap<>();
        newSources.keySet().forEach(cluster -> byId.put(cluster.id(), cluster));
        for (List<Long> chunk : chunks(List.copyOf(byId.keySet()))) {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT DISTINCT m.event_id, a.source FROM mentions m JOIN articles a ON a.id = m.article_id"
                            + " WHERE a.source IS NOT NULL AND m.event_id IN (" + marks(chunk.size()) + ")")) {
                Parameters.bind(select, List.copyOf(chunk));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        EventCluster cluster = byId.get(rows.getLong(1));
                        if (newSources.get(cluster).contains(rows.getString(2))) {
                            cluster.sourceWasKnown();
                        }
                    }
                }
            }
        }
    }

    private List<Object[]> newActors(Map<String, Object[]> actorRows) throws SQLException {
        if (actorRows.isEmpty()) {
            return List.of();
        }
        Set<String> known = new HashSet<>();
        for (List<String> chunk : chunks(List.copyOf(actorRows.keySet()))) {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT code FROM actors WHERE code IN (" + marks(chunk.size()) + ")")) {
                Parameters.bind(select, List.copyOf(chunk));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        known.add(rows.getString(1));
                    }
                }
            }
        }
        return actorRows.entrySet().stream().filter(entry -> !known.contains(entry.getKey()))
                .map(Map.Entry::getValue).toList();
    }

    /**
     * Writes the new counts of stored events that this batch's reports joined: into a temporary table, then one
     * UPDATE joined with it, since one UPDATE per event costs a statement each.
     */
    private void updateCounts(List<EventCluster> clusters) throws SQLException {
        if (clusters.isEmpty()) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TEMPORARY TABLE IF NOT EXISTS " + COUNTS + " (id BIGINT NOT NULL,"
                    + " mention_count INTEGER NOT NULL, article_count INTEGER NOT NULL, source_count INTEGER NOT NULL,"
                    + " confidence DOUBLE PRECISION NOT NULL)");
            List<Object[]> rows = new ArrayList<>();
            for (EventCluster cluster : clusters) {
                rows.add(new Object[] {cluster.id(), cluster.mentions(), cluster.articles(), cluster.sources(),
                        cluster.confidence()});
            }
            tables.writeTemporary(COUNTS, rows);
            statement.executeUpdate("UPDATE events SET mention_count = c.mention_count, article_count = c.article_count,"
                    + " source_count = c.source_count, confidence = c.confidence FROM " + COUNTS
                    + " c WHERE events.id = c.id");
            statement.execute("DELETE FROM " + COUNTS);
        }
    }

    private static int eventCount(List<ArticleOutcome> fresh) {
        return fresh.stream().mapToInt(outcome -> outcome instanceof Coded coded
                ? coded.coded().events().size() : 0).sum();
    }

    private static <T> List<List<T>> chunks(List<T> values) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < values.size(); i += CHUNK) {
            chunks.add(values.subList(i, Math.min(values.size(), i + CHUNK)));
        }
        return chunks;
    }

    private static String marks(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    /** Event ids taken from the store's sequence, as many at once as the batch can need. */
    private static final class IdBlock {
        private final long[] ids;
        private int used;

        IdBlock(Connection connection, int count) throws SQLException {
            ids = new long[count];
            if (count == 0) {
                return;
            }
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery(
                         "SELECT nextval('event_ids') FROM generate_series(1, " + count + ")")) {
                for (int i = 0; rows.next(); i++) {
                    ids[i] = rows.getLong(1);
                }
            }
        }

        long next() {
            return ids[used++];
        }
    }
}
