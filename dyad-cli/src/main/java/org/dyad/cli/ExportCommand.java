package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.export.ExportFormat;
import org.dyad.export.GdeltExporter;
import org.dyad.export.JsonlExporter;
import org.dyad.export.PloverExporter;
import org.dyad.export.TableExporter;
import org.dyad.ontology.CameoOntology;
import org.dyad.store.EventFilter;
import org.dyad.store.EventStore;
import org.dyad.store.StoreException;
import org.dyad.store.StoreOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dyad export}: the store's events in the formats analysts' tools read. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the store's events as JSONL (the event record), GDELT 2.0 event and mentions tables, "
                + "PLOVER JSON, Parquet or CSV.",
                "GDELT has no modality column: its export takes asserted events unless --modality says otherwise."})
final class ExportCommand implements Callable<Integer> {
    enum Format { jsonl, gdelt, plover, parquet, csv }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", required = true, description = "jsonl, gdelt, plover, parquet or csv.")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write (default: standard output; "
            + "required for parquet).")
    Path out;

    @Option(names = "--mentions", paramLabel = "FILE", description = "With gdelt: also write the mentions table here.")
    Path mentions;

    @Mixin
    StoreOptionsMixin store;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ExportFormat exportFormat = ExportFormat.valueOf(format.name().toUpperCase(Locale.ROOT));
        try (EventStore events = EventStore.open(store.location.db, StoreOptions.readOnlyStore())) {
            EventFilter filter = store.filter();
            if (exportFormat == ExportFormat.GDELT && filter.modality() == null) {
                filter = filter.withModality("asserted");
            }
            long count = write(events, exportFormat, filter);
            err.printf("dyad export: %d events as %s%s%n", count, format, out == null ? "" : " to " + out);
            err.flush();
            return 0;
        } catch (StoreException | IOException e) {
            err.println("dyad export: " + e.getMessage());
            err.flush();
            return 1;
        } catch (IllegalArgumentException e) {
            err.println("dyad export: " + e.getMessage());
            err.flush();
            return 2;
        }
    }

    private long write(EventStore events, ExportFormat exportFormat, EventFilter filter) throws IOException {
        if (exportFormat == ExportFormat.PARQUET || exportFormat == ExportFormat.CSV) {
            if (out == null && exportFormat == ExportFormat.PARQUET) {
                throw new IllegalArgumentException("--out FILE is required for parquet");
            }
            Path file = out != null ? out : Files.createTempFile("dyad-export", ".csv");
            long count = new TableExporter().write(events, filter, exportFormat, file);
            if (out == null) {
                spec.commandLine().getOut().print(Files.readString(file, StandardCharsets.UTF_8));
                spec.commandLine().getOut().flush();
                Files.delete(file);
            }
            return count;
        }
        try (PrintWriter writer = writer(out)) {
            long count = switch (exportFormat) {
                case JSONL -> new JsonlExporter(CameoOntology.load()).write(events, filter, writer);
                case PLOVER -> new PloverExporter(CameoOntology.load()).write(events, filter, writer);
                default -> new GdeltExporter().writeEvents(events, filter, writer);
            };
            if (exportFormat == ExportFormat.GDELT && mentions != null) {
                try (PrintWriter mentionWriter = writer(mentions)) {
                    new GdeltExporter().writeMentions(events, filter, mentionWriter);
                }
            }
            return count;
        }
    }

    private PrintWriter writer(Path file) throws IOException {
        if (file == null) {
            // Standard output stays open for the caller: flush, never close it.
            return new PrintWriter(spec.commandLine().getOut()) {
                @Override
                public void close() {
                    flush();
                }
            };
        }
        return new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    }
}
