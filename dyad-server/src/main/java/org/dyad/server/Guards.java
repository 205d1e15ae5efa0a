package org.dyad.server;

import io.javalin.http.Context;
import java.util.List;

/**
 * What every request passes before its handler: the origin check (cross-origin calls only from configured
 * origins), the body limit, and for writes the token. Also the headers that keep the dashboard's pages from
 * being framed or sniffed.
 */
final class Guards {
    private static final String POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
            + " script-src 'self'; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'";

    private final WriteToken token;
    private final List<String> allowedOrigins;
    private final long maxBody;

    Guards(WriteToken token, List<String> allowedOrigins, long maxBody) {
        this.token = token;
        this.allowedOrigins = List.copyOf(allowedOrigins);
        this.maxBody = maxBody;
    }

    void headers(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Content-Security-Policy", POLICY);
        ctx.header("Cache-Control", "no-store");
    }

    /** Refuses a request from a page of another origin unless that origin is allowed, which then gets CORS. */
    void origin(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null || origin.equals(ctx.scheme() + "://" + ctx.host())) {
            return;
        }
        if (!allowedOrigins.contains(origin)) {
            throw new ApiException(403, "cross-origin requests are refused (origin " + shortened(origin)
                    + "); start the server with --allow-origin to allow one");
        }
        ctx.header("Access-Control-Allow-Origin", origin);
        ctx.header("Vary", "Origin");
    }

    /** Answers a CORS preflight of an allowed origin (the origin check ran before). */
    void preflight(Context ctx) {
        if (ctx.header("Origin") == null) {
            throw new ApiException(400, "OPTIONS is only for cross-origin preflight requests");
        }
        ctx.header("Access-Control-Allow-Methods", "GET, POST");
        ctx.header("Access-Control-Allow-Headers", "Authorization, Content-Type");
        ctx.header("Access-Control-Max-Age", "600");
        ctx.status(204);
    }

    void bodyLimit(Context ctx) {
        long length = ctx.contentLength();
        if (length > maxBody) {
            throw new ApiException(413, "the request body is larger than " + maxBody + " bytes");
        }
    }

    /** Writes need the token, as {@code Authorization: Bearer TOKEN}. */
    void writeToken(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || header.isBlank()) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"dyad\"");
            throw new ApiException(401, "this request writes to the store and needs the token: "
                    + "Authorization: Bearer TOKEN");
        }
        String presented = header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : null;
        if (!token.matches(presented)) {
            throw new ApiException(403, "the token is wrong");
        }
    }

    private static String shortened(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "...";
    }
}
