package org.dyad.export;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.dyad.store.EventFilter;
import org.dyad.store.EventStore;
import org.dyad.store.StoreException;
import org.dyad.store.StoredEvent;

/**
 * The store's events as a Parquet or CSV file, written by DuckDB's COPY from an in-memory table, so both stores
 * (DuckDB and PostgreSQL) export through the same path. Columns are those of the {@code events} table, sector
 * lists as comma-separated text, plus {@code first_url}.
 */
public final class TableExporter {
    static final String COLUMNS = "id BIGINT, source_code VARCHAR, source_country VARCHAR, source_name VARCHAR,"
            + " source_sectors VARCHAR, target_code VARCHAR, target_country VARCHAR, target_name VARCHAR,"
            + " target_sectors VARCHAR, cameo VARCHAR, base_code VARCHAR, root VARCHAR, quad_class INTEGER,"
            + " goldstein DOUBLE, plover_event VARCHAR, plover_mode VARCHAR, modality VARCHAR, date_value DATE,"
            + " date_start DATE, date_end DATE, date_precision VARCHAR, location_name VARCHAR,"
            + " location_country VARCHAR, lat DOUBLE, lon DOUBLE, confidence DOUBLE, first_article_id VARCHAR,"
            + " first_coded_id VARCHAR, first_sentence INTEGER, added_at TIMESTAMP, mention_count INTEGER,"
            + " source_count INTEGER, article_count INTEGER, first_url VARCHAR";

    /** Writes the filtered events to {@code file} as Parquet or CSV; returns how many. */
    public long write(EventStore store, EventFilter filter, ExportFormat format, Path file) {
        if (format != ExportFormat.PARQUET && format != ExportFormat.CSV) {
            throw new IllegalArgumentException("a table export is parquet or csv, not " + format.label());
        }
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE events (" + COLUMNS + ")");
            long[] count = {0};
            try (DuckDBAppender appender = ((DuckDBConnection) connection).createAppender("events")) {
                store.forEachEvent(filter, event -> {
                    append(appender, event);
                    count[0]++;
                });
            }
            String options = format == ExportFormat.PARQUET ? "FORMAT parquet" : "FORMAT csv, HEADER true";
            statement.execute("COPY (SELECT * FROM events ORDER BY id) TO '"
                    + file.toAbsolutePath().toString().replace("'", "''") + "' (" + options + ")");
            return count[0];
        } catch (SQLException e) {
            throw new StoreException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void append(DuckDBAppender appender, StoredEvent e) {
        try {
            appender.beginRow().append(e.id()).append(e.sourceCode()).append(e.sourceCountry())
                    .append(e.sourceName()).append(String.join(",", e.sourceSectors())).append(e.targetCode())
                    .append(e.targetCountry()).append(e.targetName())
                    .append(e.hasTarget() ? String.join(",", e.targetSectors()) : null).append(e.cameo())
                    .append(e.baseCode()).append(e.root()).append(e.quadClass()).append(e.goldstein())
                    .append(e.ploverEvent()).append(e.ploverMode()).append(e.modality()).append(e.dateValue())
                    .append(e.dateStart()).append(e.dateEnd()).append(e.datePrecision()).append(e.locationName())
                    .append(e.locationCountry()).append(e.lat()).append(e.lon()).append(e.confidence())
                    .append(e.firstArticleId()).append(e.firstCodedId()).append(e.firstSentence())
                    .append(e.addedAt()).append(e.mentionCount()).append(e.sourceCount()).append(e.articleCount())
                    .append(e.firstUrl()).endRow();
        } catch (SQLException ex) {
            throw new StoreException("cannot stage event " + e.id() + " for export: " + ex.getMessage(), ex);
        }
    }
}
