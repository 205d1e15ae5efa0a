package org.dyad.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.ontology.CameoCode;
import org.dyad.ontology.CameoOntology;
import org.dyad.relations.TopKind;
import org.dyad.relations.TopRow;
import org.dyad.store.EventStore;
import org.dyad.store.StoreException;
import org.dyad.store.StoreOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dyad top actors|dyads|codes}: the most frequent in the store. */
@Command(name = "top", mixinStandardHelpOptions = true,
        description = "The actors, dyads (source>target) or CAMEO codes with the most events.")
final class TopCommand implements Callable<Integer> {
    enum Kind { actors, dyads, codes }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "actors|dyads|codes") Kind kind;

    @Option(names = "--limit", defaultValue = "20", description = "How many (default: ${DEFAULT-VALUE}).")
    int limit;

    @Mixin
    StoreOptionsMixin store;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (EventStore events = EventStore.open(store.location.db, StoreOptions.readOnlyStore())) {
            CameoOntology ontology = kind == Kind.codes ? CameoOntology.load() : null;
            out.printf("%-20s %8s %9s  %s%n", kind.name().substring(0, kind.name().length() - 1), "events",
                    "mentions", "name");
            for (TopRow row : events.top(TopKind.valueOf(kind.name().toUpperCase(Locale.ROOT)), store.filter(),
                    limit)) {
                String label = ontology == null ? row.label()
                        : ontology.find(row.key()).map(CameoCode::name).orElse("");
                out.printf("%-20s %8d %9d  %s%n", row.key(), row.events(), row.mentions(), label);
            }
            out.flush();
            return 0;
        } catch (StoreException | IllegalArgumentException e) {
            err.println("dyad top: " + e.getMessage());
            err.flush();
            return e instanceof IllegalArgumentException ? 2 : 1;
        }
    }
}
