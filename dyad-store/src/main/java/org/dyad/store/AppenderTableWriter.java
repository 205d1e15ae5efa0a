package org.dyad.store;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * DuckDB's Appender, the fast way into a DuckDB table. It joins the connection's transaction only when one is
 * already active, so callers run a statement first (the store always reads before it writes).
 */
final class AppenderTableWriter implements TableWriter {
    private static final String TEMP_CATALOG = "temp";
    private final DuckDBConnection connection;

    AppenderTableWriter(DuckDBConnection connection) {
        this.connection = connection;
    }

    @Override
    public void write(String table, List<Object[]> rows) throws SQLException {
        append(null, table, rows);
    }

    /** Temporary tables live in DuckDB's {@code temp} catalog. */
    @Override
    public void writeTemporary(String table, List<Object[]> rows) throws SQLException {
        append(TEMP_CATALOG, table, rows);
    }

    /** Appends to the table in the given catalog, or in the store's own when {@code catalog} is null. */
    private void append(String catalog, String table, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (DuckDBAppender appender = catalog == null
                ? connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table)
                : connection.createAppender(catalog, DuckDBConnection.DEFAULT_SCHEMA, table)) {
            for (Object[] row : rows) {
                appender.beginRow();
                for (Object value : row) {
                    append(appender, value);
                }
                appender.endRow();
            }
        }
    }

    private static void append(DuckDBAppender appender, Object value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else if (value instanceof String text) {
            appender.append(text);
        } else if (value instanceof Integer number) {
            appender.append(number.intValue());
        } else if (value instanceof Long number) {
            appender.append(number.longValue());
        } else if (value instanceof Double number) {
            appender.append(number.doubleValue());
        } else if (value instanceof Boolean flag) {
            appender.append(flag.booleanValue());
        } else if (value instanceof LocalDate date) {
            appender.append(date);
        } else if (value instanceof LocalDateTime time) {
            appender.append(time);
        } else {
            throw new IllegalArgumentException("cannot append a " + value.getClass().getSimpleName());
        }
    }
}
