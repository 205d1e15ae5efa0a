package org.dyad.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Brings a database to the newest schema. Version N is the resource {@code migrations/NNN.sql}, shared by every
 * database, or {@code migrations/NNN.<dialect>.sql} where they differ; versions are applied in order, each in
 * one transaction with its row in {@code schema_version}, so a store is never left between two versions.
 */
final class Migrations {
    private final Dialect dialect;

    Migrations(Dialect dialect) {
        this.dialect = dialect;
    }

    /** The newest version this code knows. */
    int latest() {
        int version = 0;
        while (script(version + 1).isPresent()) {
            version++;
        }
        return version;
    }

    /** Applies every version the database lacks; returns the version it is at. */
    int apply(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS schema_version "
                    + "(version INTEGER PRIMARY KEY, applied_at TIMESTAMP NOT NULL)");
            connection.commit();
            int version = current(connection);
            for (Optional<String> script = script(version + 1); script.isPresent(); script = script(version + 1)) {
                version++;
                for (String sql : statements(script.get())) {
                    statement.execute(sql);
                }
                statement.execute("INSERT INTO schema_version VALUES (" + version + ", CURRENT_TIMESTAMP)");
                connection.commit();
            }
            // Ends the transaction of the version check too: left open, it would pin this connection's view of
            // the store to the moment it was opened.
            connection.commit();
            return version;
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        }
    }

    /** The version a database is at, 0 when it has no schema. */
    static int current(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private Optional<String> script(int version) {
        String number = String.format("%03d", version);
        Optional<String> shared = resource("migrations/" + number + ".sql");
        return shared.isPresent() ? shared : resource("migrations/" + number + "." + dialect.migrationSuffix() + ".sql");
    }

    private static Optional<String> resource(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read org/dyad/store/" + name, e);
        }
    }

    /** The statements of a script: separated by a semicolon at a line end, without '--' comment lines. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                statements.add(current.substring(0, current.lastIndexOf(";")).strip());
                current.setLength(0);
            }
        }
        if (!current.isEmpty()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }
}
