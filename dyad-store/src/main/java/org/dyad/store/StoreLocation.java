package org.dyad.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Properties;

/**
 * Where a store is: a DuckDB file path, or a PostgreSQL address ({@code postgresql://user:secret@host:5432/db}
 * or the JDBC form {@code jdbc:postgresql://host/db?user=...}).
 *
 * @param dialect    which database
 * @param jdbcUrl    the JDBC address without credentials
 * @param user       user name for PostgreSQL, or {@code null}
 * @param password   password for PostgreSQL, or {@code null}
 * @param file       the DuckDB file, or {@code null} for PostgreSQL
 */
public record StoreLocation(Dialect dialect, String jdbcUrl, String user, String password, Path file) {
    public StoreLocation {
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    }

    /** Reads a location as the user wrote it. */
    public static StoreLocation parse(String location) {
        Objects.requireNonNull(location, "location");
        if (location.startsWith("jdbc:postgresql:")) {
            return new StoreLocation(Dialect.POSTGRESQL, location, null, null, null);
        }
        if (location.startsWith("postgresql://") || location.startsWith("postgres://")) {
            return postgres(location);
        }
        if (location.isBlank()) {
            throw new IllegalArgumentException("the store location is blank");
        }
        Path file = Path.of(location);
        return new StoreLocation(Dialect.DUCKDB, "jdbc:duckdb:" + file.toAbsolutePath(), null, null, file);
    }

    private static StoreLocation postgres(String location) {
        try {
            URI uri = new URI(location);
            if (uri.getHost() == null) {
                throw new IllegalArgumentException("no host in PostgreSQL address '" + location + "'");
            }
            String user = null;
            String password = null;
            if (uri.getUserInfo() != null) {
                String[] parts = uri.getUserInfo().split(":", 2);
                user = parts[0];
                password = parts.length > 1 ? parts[1] : null;
            }
            String url = "jdbc:postgresql://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
                    + (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            return new StoreLocation(Dialect.POSTGRESQL, url, user, password, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("bad PostgreSQL address '" + location + "': " + e.getMessage(), e);
        }
    }

    /** Connection properties: credentials, and for PostgreSQL batched inserts rewritten into multi-row ones. */
    Properties properties(boolean readOnly) {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        switch (dialect) {
            case POSTGRESQL -> properties.setProperty("reWriteBatchedInserts", "true");
            case DUCKDB -> {
                if (!readOnly) {
                    // Checkpoints rewrite what changed; a larger log means fewer of them during a long ingest.
                    properties.setProperty("checkpoint_threshold", "256MB");
                }
                if (readOnly) {
                    properties.setProperty("duckdb.read_only", "true");
                    // A read-only store answers queries about itself, not about the files of the machine.
                    properties.setProperty("enable_external_access", "false");
                }
            }
        }
        return properties;
    }

    /** The location without its password, for messages. */
    @Override
    public String toString() {
        return file != null ? file.toString() : jdbcUrl;
    }
}
