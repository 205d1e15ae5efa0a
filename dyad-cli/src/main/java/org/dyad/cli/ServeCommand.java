package org.dyad.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.dyad.coder.Coder;
import org.dyad.server.DyadServer;
import org.dyad.server.ServerSettings;
import org.dyad.server.WriteToken;
import org.dyad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dyad serve}: the REST API and the dashboard over a store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the REST API (described at /openapi.json) and the dashboard over the store.",
                "Writes need the token: given with --token or DYAD_TOKEN, otherwise kept in FILE.token next to the "
                        + "store (created and printed on the first start)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped", "1:the store, the token file or the port could not be used", "2:bad usage"})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreLocationMixin location;

    @Option(names = "--port", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}; 0 for any).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "The write token (16+ characters; default: $DYAD_TOKEN, else the token file).")
    String token;

    @Option(names = "--allow-origin", paramLabel = "ORIGIN",
            description = "An origin (https://example.org) whose pages may call the API; repeatable.")
    List<String> allowOrigins = List.of();

    @Option(names = "--workers", defaultValue = "1", description = "Articles coded at once (default: ${DEFAULT-VALUE}).")
    int workers;

    @Option(names = "--queue", defaultValue = "4",
            description = "Articles that may wait for a worker; more are answered 503 (default: ${DEFAULT-VALUE}).")
    int queue;

    private final Supplier<Coder> coders;
    private final ServerWait wait;

    ServeCommand(Supplier<Coder> coders, ServerWait wait) {
        this.coders = coders;
        this.wait = wait;
    }

    @Override
    public Integer call() throws InterruptedException {
        String given = token != null ? token : System.getenv("DYAD_TOKEN");
        ServerSettings settings;
        try {
            settings = new ServerSettings(location.db, host, port, given, allowOrigins, workers, queue, 4,
                    ServerSettings.DEFAULT_MAX_BODY);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("dyad serve: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return 2;
        }
        return serve(spec, settings, coders, wait, "dyad serve", "store " + location.db);
    }

    /** Starts a server, says where it is (and the token, the one time it was made), and waits. */
    static int serve(CommandSpec spec, ServerSettings settings, Supplier<Coder> coders, ServerWait wait,
                     String name, String what) throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DyadServer server;
        try {
            server = DyadServer.start(settings, coders);
        } catch (StoreException | IllegalStateException e) {
            err.println(name + ": " + e.getMessage());
            err.flush();
            return 1;
        } catch (RuntimeException e) {
            // Jetty reports a taken port as an exception of its own.
            err.println(name + ": cannot listen on " + settings.host() + ":" + settings.port() + ": " + e.getMessage());
            err.flush();
            return 1;
        }
        String address = "http://" + (settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host())
                + ":" + server.port() + "/";
        out.println(name + ": " + what + ", dashboard and API at " + address + " (API description: " + address
                + "openapi.json); Ctrl-C stops");
        WriteToken token = server.token();
        if (token.created()) {
            out.println(name + ": write token (shown this once; kept in " + token.file() + "): " + token.value());
        } else if (token.file() != null) {
            out.println(name + ": write token in " + token.file());
        }
        out.flush();
        try {
            wait.await(server);
        } finally {
            server.close();
        }
        return 0;
    }
}
