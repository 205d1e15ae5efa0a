package org.dyad.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.store.EventStore;
import org.dyad.store.SqlResult;
import org.dyad.store.StoreException;
import org.dyad.store.StoreOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dyad sql "SELECT ..."}: one read-only query on the store, printed tab-separated with a header. */
@Command(name = "sql", mixinStandardHelpOptions = true,
        description = {"Runs one read-only SELECT or WITH query on the store (schema: README, \"The event store\").",
                "DuckDB files are opened read-only; PostgreSQL runs the query in a read-only transaction."})
final class SqlCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "QUERY") String query;

    @Option(names = "--max-rows", defaultValue = "1000", description = "Rows printed at most (default: ${DEFAULT-VALUE}).")
    int maxRows;

    @Mixin
    StoreLocationMixin location;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (EventStore store = EventStore.open(location.db, StoreOptions.readOnlyStore())) {
            SqlResult result = store.query(query, maxRows);
            out.println(String.join("\t", result.columns()));
            for (List<String> row : result.rows()) {
                out.println(String.join("\t", row.stream().map(value -> value == null ? "" : value).toList()));
            }
            out.flush();
            if (result.truncated()) {
                err.println("dyad sql: more rows than --max-rows " + maxRows + "; the rest are left off");
            }
            err.flush();
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("dyad sql: " + e.getMessage());
            err.flush();
            return 2;
        } catch (StoreException e) {
            err.println("dyad sql: " + e.getMessage());
            err.flush();
            return 1;
        }
    }
}
