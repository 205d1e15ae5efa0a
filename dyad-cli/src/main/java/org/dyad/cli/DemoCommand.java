package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.dyad.article.ArticleReader;
import org.dyad.article.ReadResult;
import org.dyad.coder.Coder;
import org.dyad.server.ServerSettings;
import org.dyad.store.ArticleOutcome;
import org.dyad.store.BatchReport;
import org.dyad.store.EventStore;
import org.dyad.store.StoreOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dyad demo}: the example articles in a fresh store, served. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Codes the example articles Dyad ships into a fresh store in a temporary folder, then serves "
                + "the API and the dashboard over it and prints the address."})
final class DemoCommand implements Callable<Integer> {
    /** The examples bundled in the jar, from the repository's examples/ folder. */
    static final String EXAMPLES = "/org/dyad/cli/examples/";

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}; 0 for any).")
    int port;

    private final Supplier<Coder> coders;
    private final ServerWait wait;

    DemoCommand(Supplier<Coder> coders, ServerWait wait) {
        this.coders = coders;
        this.wait = wait;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        Path dir = Files.createTempDirectory("dyad-demo-");
        Path examples = copyExamples(dir.resolve("examples"));
        Path db = dir.resolve("demo.duckdb");
        err.println("dyad demo: coding the example articles into " + db + " (the models load first) ...");
        err.flush();
        Coder coder = coders.get();
        BatchReport report = BatchReport.EMPTY;
        try (EventStore store = EventStore.open(db.toString(), StoreOptions.defaults());
             Stream<ReadResult> results = new ArticleReader(null).read(List.of(examples.toString()))) {
            for (ReadResult result : (Iterable<ReadResult>) results::iterator) {
                if (result instanceof ReadResult.Read read) {
                    report = report.plus(store.store(List.of(new ArticleOutcome.Coded(coder.code(read.article()),
                            read.origin()))));
                } else {
                    err.println("dyad demo: " + ((ReadResult.Rejected) result).message());
                }
            }
        }
        err.printf("dyad demo: %d articles, %d events stored%n", report.stored(), report.newEvents());
        err.flush();
        return ServeCommand.serve(spec, ServerSettings.of(db.toString(), port), () -> coder, wait, "dyad demo",
                "example store " + db);
    }

    /** Copies the bundled examples to a folder, so the reader reads them like any files. */
    static Path copyExamples(Path target) throws IOException {
        Files.createDirectories(target);
        URL url = DemoCommand.class.getResource(EXAMPLES);
        if (url == null) {
            throw new IllegalStateException("the example articles are missing from the build");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    copyArticles(jar.getPath(EXAMPLES), target);
                }
            } else {
                copyArticles(Path.of(uri), target);
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot read the bundled examples at " + url, e);
        }
        return target;
    }

    private static void copyArticles(Path from, Path target) throws IOException {
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".txt") || name.endsWith(".jsonl")) {
                    Files.copy(file, target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
