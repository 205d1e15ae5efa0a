package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The store contract on DuckDB files in a temporary directory, and what only DuckDB does. */
class DuckDbStoreTest extends EventStoreContract {
    private final AtomicInteger files = new AtomicInteger();

    @Override
    String freshLocation() {
        return dir.resolve("store-" + files.incrementAndGet() + ".duckdb").toString();
    }

    @Test
    void aReadOnlyStoreRefusesWritesAndAMissingOneIsNamed() {
        String location = freshLocation();
        try (EventStore store = open(location)) {
            store.store(Reports.generated(0, 3, 1));
        }
        try (EventStore readOnly = EventStore.open(location, StoreOptions.readOnlyStore())) {
            assertThat(readOnly.counts().events()).isEqualTo(3);
            assertThatThrownBy(() -> readOnly.store(Reports.generated(3, 1, 1)))
                    .isInstanceOf(StoreException.class).hasMessageContaining("read-only");
            assertThatThrownBy(() -> readOnly.query("SELECT * FROM read_csv('/etc/passwd')", 5))
                    .isInstanceOf(StoreException.class);
        }
        String missing = dir.resolve("none.duckdb").toString();
        assertThatThrownBy(() -> EventStore.open(missing, StoreOptions.readOnlyStore()))
                .isInstanceOf(StoreException.class).hasMessageContaining("no store at").hasMessageContaining("none.duckdb");
    }

    @Test
    void theSchemaVersionIsRecorded() {
        try (EventStore store = open(freshLocation())) {
            assertThat(store.query("SELECT max(version) FROM schema_version", 1).rows())
                    .containsExactly(java.util.List.of("2"));
            assertThat(store.dialect()).isEqualTo(Dialect.DUCKDB);
        }
    }
}
