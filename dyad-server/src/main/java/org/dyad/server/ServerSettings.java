package org.dyad.server;

import java.util.List;
import java.util.Objects;

/**
 * How the server runs.
 *
 * @param db              the store: a DuckDB file or a PostgreSQL address
 * @param host            the address to listen on ({@code 127.0.0.1} keeps it on this machine)
 * @param port            the port, 0 for any free one
 * @param token           the write token, or {@code null} to read (or create) the token file next to the store
 * @param allowedOrigins  origins ({@code https://example.org}) whose pages may call the API; empty refuses every
 *                        cross-origin request
 * @param codingWorkers   articles coded at once
 * @param codingQueue     articles that may wait for a worker; one more is answered 503
 * @param readConnections store connections for reads
 * @param maxBodyBytes    the largest request body accepted
 */
public record ServerSettings(String db, String host, int port, String token, List<String> allowedOrigins,
                             int codingWorkers, int codingQueue, int readConnections, long maxBodyBytes) {
    /** Bodies up to 1 MiB: an article of 100,000 characters with room for JSON escapes. */
    public static final long DEFAULT_MAX_BODY = 1 << 20;

    public ServerSettings {
        Objects.requireNonNull(db, "db");
        Objects.requireNonNull(host, "host");
        allowedOrigins = List.copyOf(allowedOrigins);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not 0 to 65535");
        }
        if (token != null && token.strip().length() < 16) {
            throw new IllegalArgumentException("the token must have at least 16 characters");
        }
        if (codingWorkers < 1 || codingQueue < 0 || readConnections < 1) {
            throw new IllegalArgumentException("workers and read connections must be at least 1, the queue at least 0");
        }
        if (maxBodyBytes < 1024) {
            throw new IllegalArgumentException("the body limit must be at least 1024 bytes: " + maxBodyBytes);
        }
        for (String origin : allowedOrigins) {
            if (!origin.matches("https?://[A-Za-z0-9.\\-\\[\\]:]+")) {
                throw new IllegalArgumentException("allowed origin '" + origin
                        + "' is not scheme://host[:port], e.g. https://example.org");
            }
        }
    }

    /** Local defaults: loopback, one coding worker with four waiting, four read connections. */
    public static ServerSettings of(String db, int port) {
        return new ServerSettings(db, "127.0.0.1", port, null, List.of(), 1, 4, 4, DEFAULT_MAX_BODY);
    }

    /** The same settings with a token. */
    public ServerSettings withToken(String newToken) {
        return new ServerSettings(db, host, port, newToken, allowedOrigins, codingWorkers, codingQueue,
                readConnections, maxBodyBytes);
    }

    /** The same settings with a coding pool of this size. */
    public ServerSettings withCoding(int workers, int queue) {
        return new ServerSettings(db, host, port, token, allowedOrigins, workers, queue, readConnections,
                maxBodyBytes);
    }

    /** The same settings allowing these origins. */
    public ServerSettings withAllowedOrigins(List<String> origins) {
        return new ServerSettings(db, host, port, token, origins, codingWorkers, codingQueue, readConnections,
                maxBodyBytes);
    }
}
