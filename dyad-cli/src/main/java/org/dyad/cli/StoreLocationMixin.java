package org.dyad.cli;

import picocli.CommandLine.Option;

/** Where the store is: the option every command that opens one shares. */
final class StoreLocationMixin {
    @Option(names = "--db", paramLabel = "FILE|postgresql://...", defaultValue = "dyad.duckdb",
            description = "The store: a DuckDB file or a PostgreSQL address (default: ${DEFAULT-VALUE}).")
    String db;
}
