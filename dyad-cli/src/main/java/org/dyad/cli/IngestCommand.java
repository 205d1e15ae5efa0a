package org.dyad.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.dyad.article.ArticleReader;
import org.dyad.article.ReadResult;
import org.dyad.coder.Coder;
import org.dyad.dedup.DedupRule;
import org.dyad.store.ArticleOutcome;
import org.dyad.store.BatchReport;
import org.dyad.store.EventStore;
import org.dyad.store.StoreException;
import org.dyad.store.StoreOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dyad ingest}: codes articles into the event store, each article in one transaction. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Codes articles and keeps their events in the store, one event per real-world event.",
                "Idempotent: articles already stored are skipped, so an interrupted ingest is simply run again."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every record was stored (coded, or kept as rejected or failed)",
                "1:the store could not be opened or written", "2:bad usage"})
final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, directories, or '-' for standard input.")
    List<String> inputs;

    @Option(names = "--db", paramLabel = "FILE|postgresql://...", defaultValue = "dyad.duckdb",
            description = "The store: a DuckDB file or a PostgreSQL address (default: ${DEFAULT-VALUE}).")
    String db;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Publication date for articles that do not give one.")
    LocalDate date;

    @Option(names = "--window", paramLabel = "DAYS", defaultValue = "" + DedupRule.DEFAULT_WINDOW_DAYS,
            description = "Days two reports' event dates may differ and still be one event (default: ${DEFAULT-VALUE}).")
    int window;

    private final Supplier<Coder> coders;
    private final InputStream stdin;

    IngestCommand(Supplier<Coder> coders, InputStream stdin) {
        this.coders = coders;
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        long started = System.nanoTime();
        Tally tally = new Tally();
        Coder coder = null;
        try (EventStore store = EventStore.open(db, new StoreOptions(new DedupRule(window), false));
             Stream<ReadResult> results = new ArticleReader(date).read(inputs, stdin)) {
            for (ReadResult result : (Iterable<ReadResult>) results::iterator) {
                tally.read++;
                ArticleOutcome outcome;
                if (result instanceof ReadResult.Rejected rejected) {
                    err.println("rejected " + rejected.message());
                    tally.rejected++;
                    outcome = new ArticleOutcome.Rejected(rejected.file() + (rejected.line() > 0
                            ? ":" + rejected.line() : ""), rejected.reason());
                } else {
                    ReadResult.Read read = (ReadResult.Read) result;
                    if (store.isSettled(read.article().id())) {
                        tally.skipped++;
                        continue;
                    }
                    if (coder == null) {
                        coder = coders.get();
                    }
                    try {
                        outcome = new ArticleOutcome.Coded(coder.code(read.article()), read.origin());
                    } catch (RuntimeException e) {
                        // One article that breaks the coder must not stop the batch; the store keeps why.
                        err.println("failed " + read.origin() + ": " + e);
                        outcome = new ArticleOutcome.Failed(read.article(), read.origin(), e.toString());
                    }
                }
                BatchReport stored = store.store(List.of(outcome));
                tally.add(stored);
                if (outcome instanceof ArticleOutcome.Coded && stored.stored() == 1 && stored.failed() == 0) {
                    tally.coded++;
                }
                err.printf("\ringested %d records: %d events, %d mentions", tally.read, tally.report.newEvents(),
                        tally.report.mentions());
                err.flush();
            }
            err.println();
            var counts = store.counts();
            err.printf("dyad ingest: %d records read, %d articles coded, %d skipped (already stored), %d rejected, "
                            + "%d failed; %d new events, %d joined known events, %d mentions; %.1f s. "
                            + "The store holds %d articles, %d events, %d mentions.%n",
                    tally.read, tally.coded, tally.skipped, tally.rejected, tally.report.failed(),
                    tally.report.newEvents(), tally.report.joined(), tally.report.mentions(),
                    (System.nanoTime() - started) / 1e9, counts.coded(), counts.events(), counts.mentions());
            err.flush();
            return 0;
        } catch (StoreException e) {
            err.println();
            err.println("dyad ingest: " + e.getMessage());
            err.flush();
            return 1;
        }
    }

    private static final class Tally {
        int read;
        int skipped;
        int rejected;
        int coded;
        BatchReport report = BatchReport.EMPTY;

        void add(BatchReport batch) {
            report = report.plus(batch);
        }
    }
}
