package org.dyad.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.relations.Period;
import org.dyad.relations.RelationChart;
import org.dyad.relations.RelationQuery;
import org.dyad.relations.RelationRow;
import org.dyad.store.EventStore;
import org.dyad.store.StoreException;
import org.dyad.store.StoreOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dyad relations A B}: how two actors are doing, period by period. */
@Command(name = "relations", mixinStandardHelpOptions = true,
        description = {"Asserted events between two actors per period: counts per QuadClass, mean Goldstein value "
                + "and the net cooperation index (QC1 + QC2 - QC3 - QC4) / events, with a text chart.",
                "An actor is a code (USAGOV, NATO) or a country (USA takes every US actor)."})
final class RelationsCommand implements Callable<Integer> {
    enum By { week, month, year }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ACTOR") String first;
    @Parameters(index = "1", paramLabel = "ACTOR") String second;

    @Option(names = "--by", defaultValue = "month", description = "week, month or year (default: ${DEFAULT-VALUE}).")
    By by;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD") LocalDate from;
    @Option(names = "--to", paramLabel = "YYYY-MM-DD") LocalDate to;

    @Option(names = "--directed", description = "Only events from the first actor to the second.")
    boolean directed;

    @Mixin
    StoreLocationMixin location;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Period period = Period.valueOf(by.name().toUpperCase(Locale.ROOT));
        try (EventStore store = EventStore.open(location.db, StoreOptions.readOnlyStore())) {
            RelationQuery query = new RelationQuery(first, second, period, from, to, directed);
            List<RelationRow> rows = store.relations(query);
            out.printf("%s %s %s, asserted events by %s%n", query.first(), directed ? "->" : "<->", query.second(),
                    by);
            if (rows.isEmpty()) {
                out.println("no events");
            }
            RelationChart.render(rows, period).forEach(out::println);
            out.flush();
            return 0;
        } catch (StoreException | IllegalArgumentException e) {
            err.println("dyad relations: " + e.getMessage());
            err.flush();
            return e instanceof IllegalArgumentException ? 2 : 1;
        }
    }
}
