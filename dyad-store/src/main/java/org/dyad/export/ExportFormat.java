package org.dyad.export;

import java.util.Locale;

/** The formats {@code dyad export} writes. */
public enum ExportFormat {
    /** One event record per line, the contract of DESIGN.md, with the store's counts added. */
    JSONL,
    /** GDELT 2.0's event table: 61 tab-separated columns in GDELT's order, plus optionally its mentions table. */
    GDELT,
    /** One PLOVER event per line, with PLOVER's field names. */
    PLOVER,
    /** The store's event columns as a Parquet file. */
    PARQUET,
    /** The store's event columns as CSV with a header. */
    CSV;

    /** The name users type. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
