package org.dyad.store;

import java.sql.SQLException;
import java.util.List;

/**
 * Writes whole rows (every column, in table order) inside the connection's open transaction: DuckDB's Appender,
 * or batched inserts elsewhere.
 */
interface TableWriter {
    /** Values are String, Integer, Long, Double, Boolean, LocalDate, LocalDateTime or {@code null}. */
    void write(String table, List<Object[]> rows) throws SQLException;

    /** The same into a temporary table of this connection. */
    void writeTemporary(String table, List<Object[]> rows) throws SQLException;
}
