package org.dyad.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trim;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Tells whether the Spark job and {@code dyad code} found the same events: compares the {@code json} column of
 * the job's events table with the lines of {@code dyad code --format jsonl} over the same articles, as multisets
 * of exact strings, and prints how many are in both, only in the Parquet table and only in the JSONL file, with a
 * few of each difference. Exit code 0 when both hold the same events, 1 when they differ, 2 for a usage error.
 */
@Command(name = "same-events", mixinStandardHelpOptions = true, sortOptions = false,
        customSynopsis = "spark-submit --class org.dyad.spark.SameEvents dyad-spark-VERSION-job.jar "
                + "--parquet OUT/events --jsonl FILE [--show N]",
        description = "Compares the events of the Spark job with the output of 'dyad code --format jsonl'.")
public final class SameEvents implements Callable<Integer> {
    @Option(names = "--parquet", required = true, paramLabel = "PATH", description = "The job's OUT/events.")
    String parquet;

    @Option(names = "--jsonl", required = true, paramLabel = "FILE",
            description = "What 'dyad code --format jsonl' printed for the same articles.")
    String jsonl;

    @Option(names = "--show", paramLabel = "N", defaultValue = "5",
            description = "How many events of each difference to print (default: ${DEFAULT-VALUE}).")
    int show;

    @Spec
    CommandLine.Model.CommandSpec spec;

    private final Supplier<SparkSession> sessions;

    private SameEvents(Supplier<SparkSession> sessions) {
        this.sessions = sessions;
    }

    /** Runs the comparison on the session spark-submit sets up, then exits with its exit code. */
    public static void main(String[] args) {
        int exit;
        try (SubmittedSession session = new SubmittedSession("dyad same events")) {
            exit = new CommandLine(new SameEvents(session)).execute(args);
        }
        System.exit(exit);
    }

    /** Runs the comparison on a session the caller owns and keeps; returns the exit code. */
    public static int run(SparkSession spark, String... args) {
        return new CommandLine(new SameEvents(() -> spark)).execute(args);
    }

    @Override
    public Integer call() {
        SparkSession spark = sessions.get();
        Dataset<Row> fromParquet = spark.read().parquet(parquet).groupBy(col("json").as("parquet_json")).count()
                .withColumnRenamed("count", "in_parquet");
        Dataset<Row> fromJsonl = spark.read().textFile(jsonl).where(trim(col("value")).notEqual(""))
                .groupBy(col("value").as("jsonl_json")).count().withColumnRenamed("count", "in_jsonl");
        Column inParquet = coalesce(col("in_parquet"), lit(0L));
        Column inJsonl = coalesce(col("in_jsonl"), lit(0L));
        Dataset<Row> compared = fromParquet.join(fromJsonl, col("parquet_json").equalTo(col("jsonl_json")),
                        "full_outer")
                .select(coalesce(col("parquet_json"), col("jsonl_json")).as("json"), least(inParquet, inJsonl).as("both"),
                        greatest(inParquet.minus(inJsonl), lit(0L)).as("only_parquet"),
                        greatest(inJsonl.minus(inParquet), lit(0L)).as("only_jsonl"))
                .cache();
        Row totals = compared.agg(coalesce(sum("both"), lit(0L)), coalesce(sum("only_parquet"), lit(0L)),
                coalesce(sum("only_jsonl"), lit(0L))).first();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("in both: %d%nonly in Parquet: %d%nonly in JSONL: %d%n", totals.getLong(0), totals.getLong(1),
                totals.getLong(2));
        examples(out, compared, "only_parquet", "only in Parquet");
        examples(out, compared, "only_jsonl", "only in JSONL");
        out.flush();
        compared.unpersist();
        return totals.getLong(1) == 0 && totals.getLong(2) == 0 ? 0 : 1;
    }

    private void examples(PrintWriter out, Dataset<Row> compared, String column, String label) {
        for (Row row : compared.where(col(column).gt(0)).orderBy("json").limit(show).collectAsList()) {
            out.println(label + ": " + row.getString(0));
        }
    }
}
