package org.dyad.server;

/**
 * A request the API answers with an error: the status and a reason the client can read. Only reasons written
 * for clients go here, never an exception's own message from deeper down.
 */
final class ApiException extends RuntimeException {
    private final int status;
    private final int retryAfterSeconds;

    ApiException(int status, String reason) {
        this(status, reason, 0);
    }

    ApiException(int status, String reason, int retryAfterSeconds) {
        super(reason, null, false, false);
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    static ApiException badRequest(String reason) {
        return new ApiException(400, reason);
    }

    int status() {
        return status;
    }

    /** Seconds a client should wait before trying again, 0 when the header is not sent. */
    int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
