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
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
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

    @Mixin
    StoreLocationMixin location;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Publication date for articles that do not give one.")
    LocalDate date;

    @Option(names = "--window", paramLabel = "DAYS", defaultValue = "" + DedupRule.DEFAULT_WINDOW_DAYS,
            description = "Days two reports' event dates may differ and still be one event (default: ${DEFAULT-VALUE}).")
    int window;

    /** Enough coded articles waiting for the writer to keep every thread busy while it commits. */
    private static final int IN_FLIGHT_PER_THREAD = 4;
    /** Articles per transaction at most: a crash loses at most this much coding, never a stored article. */
    private static final int MAX_BATCH = 100;

    private final Supplier<Coder> coders;
    private final InputStream stdin;
    /** The coder the workers share, set before the first article is handed to them (which publishes it). */
    private Coder coder;

    IngestCommand(Supplier<Coder> coders, InputStream stdin) {
        this.coders = coders;
        this.stdin = stdin;
    }

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "Articles coded at once, on one shared coder; one writer stores them in input order"
                    + " (default: ${DEFAULT-VALUE}).")
    int threads;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be 1 or more: " + threads);
        }
        IngestProgress progress = new IngestProgress(err, IngestProgress.stderrIsTerminal(), System::nanoTime);
        Tally tally = new Tally();
        try (EventStore store = EventStore.open(location.db, new StoreOptions(new DedupRule(window), false));
             Stream<ReadResult> results = new ArticleReader(date).read(inputs, stdin);
             OrderedCoding coding = new OrderedCoding(this::code, threads, threads * IN_FLIGHT_PER_THREAD)) {
            for (ReadResult result : (Iterable<ReadResult>) results::iterator) {
                tally.read++;
                if (result instanceof ReadResult.Rejected rejected) {
                    progress.message("rejected " + rejected.message());
                    tally.rejected++;
                    coding.addDone(new ArticleOutcome.Rejected(rejected.file() + (rejected.line() > 0
                            ? ":" + rejected.line() : ""), rejected.reason()));
                } else {
                    ReadResult.Read read = (ReadResult.Read) result;
                    if (store.isSettled(read.article().id())) {
                        continue;
                    }
                    if (coder == null) {
                        // Loaded once, and only when there is something to code.
                        coder = coders.get();
                    }
                    coding.add(read);
                }
                storeReady(store, coding, coding.full(), tally, progress);
            }
            while (!coding.isEmpty()) {
                storeReady(store, coding, true, tally, progress);
            }
            progress.finish();
            var counts = store.counts();
            err.printf("dyad ingest: %d records read, %d articles coded, %d skipped (already stored), %d rejected, "
                            + "%d failed; %d new events, %d joined known events, %d mentions; %.1f s. "
                            + "The store holds %d articles, %d events, %d mentions.%n",
                    tally.read, tally.report.coded(), tally.skipped(), tally.rejected,
                    tally.report.failed(), tally.report.newEvents(), tally.report.joined(), tally.report.mentions(),
                    progress.seconds(), counts.coded(), counts.events(), counts.mentions());
            err.flush();
            return 0;
        } catch (StoreException e) {
            progress.finish();
            err.println("dyad ingest: " + e.getMessage());
            err.flush();
            return 1;
        }
    }

    /**
     * Stores the coded articles ready at the head of the queue, in one transaction: their rows and statuses
     * commit together. With {@code wait}, waits for the next one first.
     */
    private static void storeReady(EventStore store, OrderedCoding coding, boolean wait, Tally tally,
                                   IngestProgress progress) {
        List<ArticleOutcome> ready = coding.take(wait, MAX_BATCH);
        if (ready.isEmpty()) {
            return;
        }
        for (ArticleOutcome outcome : ready) {
            if (outcome instanceof ArticleOutcome.Failed failed) {
                progress.message("failed " + failed.origin() + ": " + failed.reason());
            }
        }
        tally.add(store.store(ready));
        progress.update(tally.read, tally.report.coded(), tally.report.failed(), tally.report.newEvents(),
                tally.report.mentions());
    }

    /** Codes one article on a worker thread; an article that breaks the coder is kept as failed, with why. */
    private ArticleOutcome code(ReadResult.Read read) {
        try {
            return new ArticleOutcome.Coded(coder.code(read.article()), read.origin());
        } catch (RuntimeException e) {
            return new ArticleOutcome.Failed(read.article(), read.origin(), e.toString());
        }
    }

    private static final class Tally {
        int read;
        int rejected;
        BatchReport report = BatchReport.EMPTY;

        /** Articles already stored, found before coding or, when read twice in one run, by the store. */
        long skipped() {
            return (long) read - rejected - report.coded() - report.failed();
        }

        void add(BatchReport batch) {
            report = report.plus(batch);
        }
    }
}
