package org.dyad.cli;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * {@code dyad bench-store} against a real PostgreSQL server started from Maven's binaries (io.zonky.test), as
 * the store's tests start it: {@code scripts/bench-postgres [EVENTS]}. Prints what bench-store prints and the
 * size of the database. Not a test: a benchmark run by hand.
 */
public final class PostgresBench {
    private PostgresBench() {
    }

    public static void main(String[] args) throws IOException, SQLException {
        String events = args.length > 0 ? args[0] : "200000";
        try (EmbeddedPostgres server = EmbeddedPostgres.start()) {
            try (Connection connection = server.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE dyad_bench");
            }
            String url = "postgresql://postgres@localhost:" + server.getPort() + "/dyad_bench";
            int exit = Dyad.commandLine(() -> {
                throw new IllegalStateException("bench-store codes nothing");
            }).execute("bench-store", "--db", url, "--events", events);
            try (Connection connection = server.getDatabase("postgres", "dyad_bench").getConnection();
                 Statement statement = connection.createStatement();
                 ResultSet size = statement.executeQuery("SELECT pg_database_size('dyad_bench')")) {
                size.next();
                System.out.printf("PostgreSQL database dyad_bench: %.1f MB%n", size.getLong(1) / 1e6);
            }
            if (exit != 0) {
                System.exit(exit);
            }
        }
    }
}
