package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.dyad.relations.TopKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two stores on one DuckDB file in one process (as the server holds them): one writes, the other reads it all. */
class SharedFileTest {
    @TempDir
    Path dir;

    @Test
    void readersOpenedBeforeAWriteSeeEverythingWritten() {
        String location = dir.resolve("shared.duckdb").toString();
        LocalDate day = LocalDate.of(2024, 4, 4);
        try (EventStore writer = EventStore.open(location, StoreOptions.defaults());
             EventStore reader = EventStore.open(location, StoreOptions.defaults());
             EventStore unused = EventStore.open(location, StoreOptions.defaults())) {
            assertThat(reader.isSettled("v1")).isFalse();
            writer.store(java.util.List.of(Reports.visit("v1", "AP", day, day)));
            assertThat(unused.counts().events()).as("a store opened and not read before the write").isEqualTo(1);
            assertThat(reader.counts().events()).isEqualTo(1);
            assertThat(reader.top(TopKind.ACTORS, EventFilter.all(), 5)).hasSize(2);
            assertThat(reader.events(EventQuery.of(EventFilter.all(), 5)).events()).hasSize(1);
        }
    }
}
