package org.dyad.store;

import java.util.Objects;
import org.dyad.dedup.DedupRule;

/**
 * How a store is opened.
 *
 * @param dedup    the cross-article deduplication rule for new reports
 * @param readOnly whether the store refuses every write (DuckDB files are then opened read-only)
 */
public record StoreOptions(DedupRule dedup, boolean readOnly) {
    public StoreOptions {
        Objects.requireNonNull(dedup, "dedup");
    }

    /** Read-write with the standard deduplication rule. */
    public static StoreOptions defaults() {
        return new StoreOptions(DedupRule.standard(), false);
    }

    /** Read-only. */
    public static StoreOptions readOnlyStore() {
        return new StoreOptions(DedupRule.standard(), true);
    }
}
