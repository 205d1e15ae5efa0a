package org.dyad.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

/** Assertion helpers shared by the reader tests. */
final class ReadResults {
    private ReadResults() {
    }

    static List<ReadResult> all(Stream<ReadResult> results) {
        try (results) {
            return results.toList();
        }
    }

    static ReadResult.Read read(ReadResult result) {
        assertThat(result).isInstanceOf(ReadResult.Read.class);
        return (ReadResult.Read) result;
    }

    static ReadResult.Rejected rejected(ReadResult result) {
        assertThat(result).isInstanceOf(ReadResult.Rejected.class);
        return (ReadResult.Rejected) result;
    }

    static ReadResult only(List<ReadResult> results) {
        assertThat(results).hasSize(1);
        return results.get(0);
    }
}
