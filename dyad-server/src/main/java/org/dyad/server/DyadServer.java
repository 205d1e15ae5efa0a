package org.dyad.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.dyad.coder.Coder;
import org.dyad.ontology.CameoOntology;
import org.dyad.store.StoreException;
import org.dyad.store.StoreLocation;

/**
 * Dyad's HTTP server: the REST API of {@code /openapi.json} over an event store, and the dashboard. Reads run
 * on a few store connections, coding on a bounded worker pool; writes need the token.
 */
public final class DyadServer implements AutoCloseable {
    /** Where a token is kept for a store that is not a file (PostgreSQL): the working directory. */
    static final Path SERVER_TOKEN_FILE = Path.of("dyad-server.token");

    /**
     * One endpoint of the API.
     *
     * @param method  GET or POST
     * @param path    the path, with {@code {name}} for a path parameter
     * @param writes  whether it writes to the store (and so needs the token)
     * @param handler what answers it
     */
    record Endpoint(String method, String path, boolean writes, Handler handler) {
    }

    private final Javalin app;
    private final StorePool stores;
    private final CodingPool coding;
    private final WriteToken token;
    private final List<Endpoint> endpoints;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private DyadServer(Javalin app, StorePool stores, CodingPool coding, WriteToken token, List<Endpoint> endpoints) {
        this.app = app;
        this.stores = stores;
        this.coding = coding;
        this.token = token;
        this.endpoints = endpoints;
    }

    /**
     * Opens the store, starts loading the coder in the background and starts listening.
     *
     * @throws StoreException        when the store cannot be opened
     * @throws IllegalStateException when the token file cannot be read or written, or the port is taken
     */
    public static DyadServer start(ServerSettings settings, Supplier<Coder> coders) {
        StoreLocation location = StoreLocation.parse(settings.db());
        WriteToken token = WriteToken.resolve(settings.token(),
                location.file() != null ? WriteToken.fileFor(location.file()) : SERVER_TOKEN_FILE);
        StorePool stores = new StorePool(settings.db(), settings.readConnections());
        CodingPool coding = new CodingPool(coders, settings.codingWorkers(), settings.codingQueue());
        try {
            JsonText json = new JsonText();
            ReadApi reads = new ReadApi(stores, new StoredJson(CameoOntology.load()), json);
            CodingApi writes = new CodingApi(coding, stores, json);
            Guards guards = new Guards(token, settings.allowedOrigins(), settings.maxBodyBytes());
            String openApi = resource("/org/dyad/server/openapi.json");
            List<Endpoint> endpoints = List.of(
                    new Endpoint("GET", "/api/events", false, reads::events),
                    new Endpoint("GET", "/api/events/{id}", false, reads::event),
                    new Endpoint("GET", "/api/relations", false, reads::relations),
                    new Endpoint("GET", "/api/top/{kind}", false, reads::top),
                    new Endpoint("GET", "/api/places", false, reads::places),
                    new Endpoint("GET", "/api/network", false, reads::network),
                    new Endpoint("GET", "/api/stats", false, ctx -> reads.stats(ctx, coding.ready())),
                    new Endpoint("POST", "/api/code", false, writes::code),
                    new Endpoint("POST", "/api/articles", true, writes::store),
                    new Endpoint("GET", "/openapi.json", false, ctx -> ReadApi.send(ctx, openApi)));
            Javalin app = Javalin.create(config -> {
                config.startup.showJavalinBanner = false;
                config.startup.showOldJavalinVersionWarning = false;
                config.http.maxRequestSize = settings.maxBodyBytes();
                config.jetty.host = settings.host();
                config.staticFiles.add(files -> {
                    files.hostedPath = "/";
                    files.directory = "/web";
                    files.location = Location.CLASSPATH;
                });
                config.routes.before(guards::headers);
                config.routes.before("/api/*", guards::origin);
                config.routes.before("/api/*", guards::bodyLimit);
                config.routes.options("/api/*", guards::preflight);
                for (Endpoint endpoint : endpoints) {
                    switch (endpoint.method()) {
                        case "GET" -> config.routes.get(endpoint.path(), endpoint.handler());
                        case "POST" -> {
                            if (endpoint.writes()) {
                                config.routes.before(endpoint.path(), ctx -> {
                                    if ("POST".equals(ctx.method().name())) {
                                        guards.writeToken(ctx);
                                    }
                                });
                            }
                            config.routes.post(endpoint.path(), endpoint.handler());
                        }
                        default -> throw new IllegalStateException("no method " + endpoint.method());
                    }
                }
                config.routes.exception(ApiException.class, (e, ctx) -> fail(ctx, json, e.status(), e.getMessage(),
                        e.retryAfterSeconds()));
                config.routes.exception(HttpResponseException.class, (e, ctx) -> fail(ctx, json, e.getStatus(),
                        e.getMessage(), 0));
                config.routes.exception(IllegalArgumentException.class, (e, ctx) -> fail(ctx, json, 400,
                        e.getMessage(), 0));
                config.routes.exception(StoreException.class, (e, ctx) -> {
                    System.err.println("dyad serve: store error on " + ctx.path() + ": " + e.getMessage());
                    fail(ctx, json, 500, "the store could not answer", 0);
                });
                config.routes.exception(Exception.class, (e, ctx) -> {
                    System.err.println("dyad serve: " + e + " on " + ctx.method() + " " + ctx.path());
                    fail(ctx, json, 500, "internal error", 0);
                });
                config.routes.error(404, ctx -> unlessJson(ctx, json, "no such resource: " + ctx.path()));
                config.routes.error(405, ctx -> unlessJson(ctx, json, "method not allowed"));
            });
            app.start(settings.port());
            return new DyadServer(app, stores, coding, token, endpoints);
        } catch (RuntimeException e) {
            coding.close();
            stores.close();
            throw e;
        }
    }

    private static void fail(Context ctx, JsonText json, int status, String reason, int retryAfter) {
        ctx.status(status);
        if (retryAfter > 0) {
            ctx.header("Retry-After", Integer.toString(retryAfter));
        }
        ReadApi.send(ctx, json.error(reason == null ? "error " + status : reason));
    }

    /** An error status whose body is not already the API's JSON gets a JSON reason. */
    private static void unlessJson(Context ctx, JsonText json, String reason) {
        String body = ctx.result();
        if (body == null || !body.startsWith("{\"error\"")) {
            ReadApi.send(ctx, json.error(reason));
        }
    }

    private static String resource(String name) {
        try (InputStream in = DyadServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }

    /** The port the server listens on. */
    public int port() {
        return app.port();
    }

    /** The token writes need; see {@link WriteToken#created()} for whether to print it. */
    public WriteToken token() {
        return token;
    }

    /** The endpoints of the API, for tests that hold them against the OpenAPI document. */
    List<Endpoint> endpoints() {
        return endpoints;
    }

    /** Stops listening, the coding workers and the store connections. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        app.stop();
        coding.close();
        stores.close();
    }
}
