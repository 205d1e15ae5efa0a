package org.dyad.store;

import java.util.Locale;

/** The databases the store runs on. The SQL is shared; these are the few places it differs. */
public enum Dialect {
    /** Embedded, one file, columnar: the default. */
    DUCKDB,
    /** A shared server. */
    POSTGRESQL;

    /** The suffix of migration files meant for this database only ({@code 002.duckdb.sql}). */
    String migrationSuffix() {
        return name().toLowerCase(Locale.ROOT);
    }
}
