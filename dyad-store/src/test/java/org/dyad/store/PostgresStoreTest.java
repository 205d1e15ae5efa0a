package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
    void twoIngestsWritingAtOnceStoreEveryArticleOnceAndJoinOneEvent() throws Exception {
        // Sixty agencies report one visit; two ingests store all of them at once, in opposite orders.
        List<ArticleOutcome> reports = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            reports.add(Reports.visit("visit-" + i, "agency-" + i % 5, APRIL_4.minusDays(i % 3), APRIL_4));
        }
        List<ArticleOutcome> reversed = new ArrayList<>(reports);
        Collections.reverse(reversed);
        String location = freshLocation();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<BatchReport>> ingests = new ArrayList<>();
            for (List<ArticleOutcome> order : List.of(reports, reversed)) {
                ingests.add(threads.submit(() -> {
                    try (EventStore store = open(location)) {
                        start.await();
                        BatchReport total = BatchReport.EMPTY;
                        for (ArticleOutcome report : order) {
                            total = total.plus(store.store(List.of(report)));
                        }
                        return total;
                    }
                }));
            }
            start.countDown();
            BatchReport both = ingests.get(0).get(2, TimeUnit.MINUTES).plus(ingests.get(1).get(2, TimeUnit.MINUTES));
            assertThat(both.stored()).isEqualTo(60);
            assertThat(both.skipped()).isEqualTo(60);
            assertThat(both.failed()).isZero();
            assertThat(both.newEvents()).isEqualTo(1);
        } finally {
            threads.shutdownNow();
        }
        try (EventStore store = open(location)) {
            assertThat(store.counts()).isEqualTo(new StoreCounts(60, 0, 0, 1, 60));
            List<StoredEvent> events = new ArrayList<>();
            store.forEachEvent(EventFilter.all(), events::add);
            assertThat(events).singleElement().satisfies(event -> {
                assertThat(event.mentionCount()).isEqualTo(60);
                assertThat(event.articleCount()).isEqualTo(60);
                assertThat(event.sourceCount()).isEqualTo(5);
            });
        }
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
