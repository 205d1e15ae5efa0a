package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/** Batched INSERT statements: the portable way, fast on PostgreSQL with {@code reWriteBatchedInserts}. */
final class InsertTableWriter implements TableWriter {
    private static final int BATCH = 1000;
    private final Connection connection;

    InsertTableWriter(Connection connection) {
        this.connection = connection;
    }

    /** PostgreSQL finds a temporary table first, so the same insert reaches it. */
    @Override
    public void writeTemporary(String table, List<Object[]> rows) throws SQLException {
        write(table, rows);
    }

    @Override
    public void write(String table, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        String marks = String.join(", ", Collections.nCopies(rows.get(0).length, "?"));
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO " + table + " VALUES (" + marks + ")")) {
            int pending = 0;
            for (Object[] row : rows) {
                Parameters.bind(insert, row);
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }
}
