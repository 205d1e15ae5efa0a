package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.ontology.CameoOntology;
import org.dyad.relations.Period;
import org.dyad.relations.RelationQuery;
import org.dyad.relations.RelationRow;
import org.dyad.store.BatchReport;
import org.dyad.store.EventStore;
import org.dyad.store.StoreOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dyad bench-store}: stores generated events, then times the monthly relations query for one pair. */
@Command(name = "bench-store", mixinStandardHelpOptions = true,
        description = "Stores generated events (with deduplication) and times the monthly USA-CHN relations query.")
final class BenchStoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", defaultValue = "bench.duckdb", description = "A new store (default: ${DEFAULT-VALUE}).")
    String db;

    @Option(names = "--events", defaultValue = "1000000", description = "Events to store (default: ${DEFAULT-VALUE}).")
    int events;

    @Option(names = "--batch", defaultValue = "10000", description = "Events per transaction (default: ${DEFAULT-VALUE}).")
    int batch;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        int perArticle = 10;
        int articlesPerBatch = Math.max(1, batch / perArticle);
        SyntheticArticles generator = new SyntheticArticles(CameoOntology.load(), 42);
        BatchReport total = BatchReport.EMPTY;
        long storing = 0;
        EventStore store = EventStore.open(db, StoreOptions.defaults());
        try {
            for (int first = 0; first * perArticle < events; first += articlesPerBatch) {
                int count = Math.min(articlesPerBatch, (events - first * perArticle + perArticle - 1) / perArticle);
                var articles = generator.next(first, count, perArticle);
                long started = System.nanoTime();
                total = total.plus(store.store(articles));
                storing += System.nanoTime() - started;
            }
        } finally {
            // Closing writes what is still only in the log (DuckDB's last checkpoint): part of storing.
            long started = System.nanoTime();
            store.close();
            storing += System.nanoTime() - started;
        }
        long coded = (long) total.newEvents() + total.joined();
        out.printf("stored %d coded events (%d events after deduplication, %d joined) in %.1f s: %.0f events/s%n",
                coded, total.newEvents(), total.joined(), storing / 1e9, coded / (storing / 1e9));
        try (EventStore reopened = EventStore.open(db, StoreOptions.readOnlyStore())) {
            RelationQuery usaChina = new RelationQuery("USA", "CHN", Period.MONTH, null, null, false);
            long started = System.nanoTime();
            List<RelationRow> rows = reopened.relations(usaChina);
            double cold = (System.nanoTime() - started) / 1e6;
            started = System.nanoTime();
            reopened.relations(usaChina);
            double warm = (System.nanoTime() - started) / 1e6;
            out.printf("monthly relations USA-CHN: %d months in %.1f ms (first query after opening), %.1f ms (again)%n",
                    rows.size(), cold, warm);
        }
        Path file = Path.of(db);
        if (Files.exists(file)) {
            out.printf("store file %s: %.1f MB%n", file, Files.size(file) / 1e6);
        }
        out.flush();
        return 0;
    }
}
