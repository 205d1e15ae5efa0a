package org.dyad.store;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.duckdb.DuckDBConnection;
import org.dyad.article.Article;
import org.dyad.relations.DyadRow;
import org.dyad.relations.PlaceRow;
import org.dyad.relations.RelationQuery;
import org.dyad.relations.RelationRow;
import org.dyad.relations.TopKind;
import org.dyad.relations.TopRow;

/** The event store over JDBC, one class for both databases: the SQL is shared, the bulk writer is not. */
final class JdbcEventStore implements EventStore {
    /** The advisory lock key of the store's writers: "dyad" in ASCII, unlikely to meet another application's. */
    private static final long WRITER_LOCK = 0x64796164L;

    private final Connection connection;
    private final StoreLocation location;
    private final StoreOptions options;
    private final BatchWriter writer;
    private final EventBrowser browser;

    private JdbcEventStore(Connection connection, StoreLocation location, StoreOptions options) {
        this.connection = connection;
        this.location = location;
        this.options = options;
        TableWriter tables = location.dialect() == Dialect.DUCKDB
                ? new AppenderTableWriter((DuckDBConnection) connection) : new InsertTableWriter(connection);
        this.writer = new BatchWriter(connection, tables, options.dedup());
        this.browser = new EventBrowser(connection);
    }

    static JdbcEventStore open(StoreLocation location, StoreOptions options) {
        if (options.readOnly() && location.file() != null && !Files.exists(location.file())) {
            throw new StoreException("no store at " + location + " (create one with dyad ingest)");
        }
        Connection connection = null;
        try {
            connection = DriverManager.getConnection(location.jdbcUrl(), location.properties(options.readOnly()));
            Migrations migrations = new Migrations(location.dialect());
            if (options.readOnly()) {
                if (location.dialect() == Dialect.POSTGRESQL) {
                    connection.setReadOnly(true);
                }
                connection.setAutoCommit(false);
                if (Migrations.current(connection) < migrations.latest()) {
                    throw new StoreException("the store at " + location + " has an older schema; run dyad ingest "
                            + "on it once to bring it up to date");
                }
            } else if (location.dialect() == Dialect.POSTGRESQL) {
                migrateAlone(connection, migrations);
            } else {
                migrations.apply(connection);
            }
            return new JdbcEventStore(connection, location, options);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new StoreException("cannot open the store at " + location + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /** Two ingests started at once on a new database would otherwise both create the tables, and one fail. */
    private static void migrateAlone(Connection connection, Migrations migrations) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_advisory_lock(" + WRITER_LOCK + ")");
            try {
                migrations.apply(connection);
            } finally {
                statement.execute("SELECT pg_advisory_unlock(" + WRITER_LOCK + ")");
                connection.commit();
            }
        }
    }

    @Override
    public Dialect dialect() {
        return location.dialect();
    }

    @Override
    public BatchReport store(List<ArticleOutcome> batch) {
        if (options.readOnly()) {
            throw new StoreException("the store at " + location + " is open read-only");
        }
        try {
            return inTransaction(batch);
        } catch (SQLException e) {
            if (batch.size() > 1) {
                BatchReport report = BatchReport.EMPTY;
                for (ArticleOutcome outcome : batch) {
                    report = report.plus(store(List.of(outcome)));
                }
                return report;
            }
            return storeRefused(batch.get(0), e);
        }
    }

    /** One record the database refused: kept as failed with the reason, so the batch goes on. */
    private BatchReport storeRefused(ArticleOutcome outcome, SQLException e) {
        if (outcome instanceof ArticleOutcome.Rejected) {
            throw new StoreException("cannot store rejection " + outcome.id() + ": " + e.getMessage(), e);
        }
        Article article = outcome instanceof ArticleOutcome.Coded coded
                ? coded.coded().article() : ((ArticleOutcome.Failed) outcome).article();
        ArticleOutcome failed = new ArticleOutcome.Failed(article, outcome.origin(),
                "the store refused it: " + e.getMessage());
        try {
            return inTransaction(List.of(failed));
        } catch (SQLException again) {
            throw new StoreException("cannot store article " + outcome.id() + ": " + again.getMessage(), again);
        }
    }

    private BatchReport inTransaction(List<ArticleOutcome> batch) throws SQLException {
        connection.setAutoCommit(false);
        try {
            if (location.dialect() == Dialect.POSTGRESQL) {
                takeWriterLock();
            }
            BatchReport report = writer.write(batch);
            connection.commit();
            return report;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    /**
     * Makes concurrent ingests into one PostgreSQL database take turns at writing, until this transaction ends.
     * Between the check of an article's status and the insert of its row, between the look-up of candidate
     * events and the update of their counts, and between the check for a known actor and its insert, another
     * writer's commit would otherwise double an article, split one event in two, lose a count or break a key.
     * Only writing waits: coding, the slow part, goes on in parallel. DuckDB needs no lock, since one process
     * at a time may open a store file for writing.
     */
    private void takeWriterLock() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_advisory_xact_lock(" + WRITER_LOCK + ")");
        }
    }

    @Override
    public boolean isSettled(String id) {
        return read(() -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT count(*) FROM articles WHERE id = ? AND status <> '" + RowValues.FAILED + "'")) {
                select.setString(1, id);
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    return rows.getLong(1) > 0;
                }
            }
        });
    }

    @Override
    public StoreCounts counts() {
        return read(() -> {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT"
                         + " (SELECT count(*) FROM articles WHERE status = 'coded'),"
                         + " (SELECT count(*) FROM articles WHERE status = 'failed'),"
                         + " (SELECT count(*) FROM articles WHERE status = 'rejected'),"
                         + " (SELECT count(*) FROM events), (SELECT count(*) FROM mentions)")) {
                rows.next();
                return new StoreCounts(rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getLong(4),
                        rows.getLong(5));
            }
        });
    }

    @Override
    public List<RelationRow> relations(RelationQuery query) {
        AggregateSql.Query sql = AggregateSql.relations(query);
        return read(() -> {
            List<RelationRow> result = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(sql.text())) {
                Parameters.bind(select, sql.parameters());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        result.add(new RelationRow(rows.getObject(1, LocalDate.class), rows.getLong(2),
                                rows.getLong(3), rows.getLong(4), rows.getLong(5), rows.getDouble(6)));
                    }
                }
            }
            return result;
        });
    }

    @Override
    public List<TopRow> top(TopKind kind, EventFilter filter, int limit) {
        AggregateSql.Query sql = AggregateSql.top(kind, filter, limit);
        return read(() -> {
            List<TopRow> result = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(sql.text())) {
                Parameters.bind(select, sql.parameters());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        result.add(new TopRow(rows.getString(1), rows.getString(2), rows.getLong(3),
                                rows.getLong(4)));
                    }
                }
            }
            return result;
        });
    }

    @Override
    public void forEachEvent(EventFilter filter, Consumer<StoredEvent> sink) {
        FilterSql where = FilterSql.of(filter);
        String sql = "SELECT " + StoreRows.EVENT_COLUMNS + " FROM events e JOIN articles fa ON fa.id = e.first_article_id"
                + " WHERE " + where.condition() + " ORDER BY e.id";
        read(() -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setFetchSize(1000);
                Parameters.bind(select, where.parameters());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        sink.accept(StoreRows.event(rows));
                    }
                }
            }
            return null;
        });
    }

    @Override
    public void forEachEventWithMentions(EventFilter filter, boolean firstArticleOnly,
                                         BiConsumer<StoredEvent, List<StoredMention>> sink) {
        FilterSql where = FilterSql.of(filter);
        String sql = "SELECT " + StoreRows.EVENT_COLUMNS + ", " + StoreRows.MENTION_COLUMNS
                + " FROM events e JOIN articles fa ON fa.id = e.first_article_id"
                + " JOIN mentions m ON m.event_id = e.id"
                + (firstArticleOnly ? " AND m.article_id = e.first_article_id" : "")
                + " JOIN articles a ON a.id = m.article_id"
                + " WHERE " + where.condition() + " ORDER BY e.id, a.ingested_at, m.article_id, m.sentence";
        read(() -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setFetchSize(1000);
                Parameters.bind(select, where.parameters());
                try (ResultSet rows = select.executeQuery()) {
                    StoredEvent current = null;
                    List<StoredMention> mentions = new ArrayList<>();
                    while (rows.next()) {
                        if (current == null || current.id() != rows.getLong(1)) {
                            if (current != null) {
                                sink.accept(current, List.copyOf(mentions));
                            }
                            current = StoreRows.event(rows);
                            mentions.clear();
                        }
                        mentions.add(StoreRows.mention(rows, StoreRows.EVENT_COLUMN_COUNT));
                    }
                    if (current != null) {
                        sink.accept(current, List.copyOf(mentions));
                    }
                }
            }
            return null;
        });
    }

    @Override
    public EventPage events(EventQuery query) {
        return read(() -> browser.events(query));
    }

    @Override
    public Optional<StoredEvent> event(long id) {
        return read(() -> browser.event(id));
    }

    @Override
    public List<StoredMention> mentions(long eventId) {
        return read(() -> browser.mentions(eventId));
    }

    @Override
    public List<PlaceRow> places(EventFilter filter, int limit) {
        return read(() -> browser.places(filter, limit));
    }

    @Override
    public List<DyadRow> network(EventFilter filter, int limit) {
        return read(() -> browser.network(filter, limit));
    }

    @Override
    public SqlResult query(String sql, int maxRows) {
        String checked = ReadOnlySql.check(sql);
        // DuckDB cannot change the flag of an open connection: a read-only store file is opened read-only.
        boolean postgres = location.dialect() == Dialect.POSTGRESQL;
        boolean wasReadOnly = postgres && readOnlyFlag();
        try {
            connection.setAutoCommit(false);
            if (postgres) {
                connection.setReadOnly(true);
            }
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery(checked)) {
                ResultSetMetaData meta = rows.getMetaData();
                List<String> columns = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    columns.add(meta.getColumnLabel(i));
                }
                List<List<String>> result = new ArrayList<>();
                boolean truncated = false;
                while (rows.next()) {
                    if (result.size() == maxRows) {
                        truncated = true;
                        break;
                    }
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= columns.size(); i++) {
                        Object value = rows.getObject(i);
                        row.add(value == null ? null : value.toString());
                    }
                    result.add(Collections.unmodifiableList(row));
                }
                return new SqlResult(columns, result, truncated);
            } finally {
                connection.rollback();
                if (postgres) {
                    connection.setReadOnly(wasReadOnly);
                }
            }
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    private boolean readOnlyFlag() {
        try {
            return connection.isReadOnly();
        } catch (SQLException e) {
            return options.readOnly();
        }
    }

    /** A read inside its own transaction, ended at once so a long-lived store never pins old data. */
    private <T> T read(SqlWork<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                return work.run();
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the store at " + location + ": " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    @Override
    public void close() {
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // Nothing is pending: every write commits or rolls back before it returns.
        }
    }
}
