package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The store contract on a real PostgreSQL server: the server binaries come from Maven (io.zonky.test) and run
 * for this class; every test gets a database of its own.
 */
class PostgresStoreTest extends EventStoreContract {
    private static EmbeddedPostgres server;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    @BeforeAll
    static void startServer() throws IOException {
        server = EmbeddedPostgres.start();
    }

    @AfterAll
    static void stopServer() throws IOException {
        server.close();
    }

    @Override
    String freshLocation() {
        String name = "dyad_" + DATABASES.incrementAndGet();
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        return "postgresql://postgres@localhost:" + server.getPort() + "/" + name;
    }

    @Test
    void theAddressFormsAreUnderstood() {
        StoreLocation location = StoreLocation.parse("postgresql://dyad:secret@db.example:5433/events");
        assertThat(location.dialect()).isEqualTo(Dialect.POSTGRESQL);
        assertThat(location.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:5433/events");
        assertThat(location.user()).isEqualTo("dyad");
        assertThat(location.toString()).doesNotContain("secret");
        try (EventStore store = open(freshLocation())) {
            assertThat(store.dialect()).isEqualTo(Dialect.POSTGRESQL);
        }
    }
}
