package org.dyad.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The Spark job: codes the articles of JSONL and WARC files on any Hadoop file system with the same
 * {@link org.dyad.coder.Coder} as {@code dyad code}, and writes their events, mentions and rejections as Parquet.
 * Run it with {@code spark-submit --class org.dyad.spark.CodeJob dyad-spark-VERSION-job.jar --in PATH --out PATH}.
 *
 * <p>Output: {@code OUT/events} and {@code OUT/mentions}, partitioned by month, and {@code OUT/rejects}. A job
 * never mixes its output with an earlier one: it refuses to start when any of the three exists, unless
 * {@code --overwrite} is given, which replaces all three. Exit code 0 when at least one article was coded, 1 when
 * none was (or the input was missing), 2 for a usage error.
 */
@Command(name = "dyad-spark", mixinStandardHelpOptions = true, sortOptions = false,
        customSynopsis = "spark-submit --class org.dyad.spark.CodeJob dyad-spark-VERSION-job.jar --in PATH "
                + "--out PATH [--date YYYY-MM-DD] [--partitions N] [--overwrite]",
        description = "Codes the articles of JSONL files (one article a line: id, date, title, text, url?, source?)"
                + " and WARC files (.warc, .warc.gz; every HTML response a page) into Parquet tables OUT/events,"
                + " OUT/mentions (both partitioned by month) and OUT/rejects.")
public final class CodeJob implements Callable<Integer> {
    @Option(names = "--in", required = true, paramLabel = "PATH",
            description = "A .jsonl, .warc or .warc.gz file, or a directory read recursively; any Hadoop file "
                    + "system (file:, hdfs:, s3a:, ...).")
    String in;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "The output directory.")
    String out;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "The date of records without one (otherwise they are rejected).")
    LocalDate date;

    @Option(names = "--partitions", paramLabel = "N",
            description = "How many tasks code the articles (default: 4 per core of the cluster).")
    Integer partitions;

    @Option(names = "--overwrite", description = "Replace OUT/events, OUT/mentions and OUT/rejects if they exist.")
    boolean overwrite;

    @Spec
    CommandSpec spec;

    private final Supplier<SparkSession> sessions;

    private CodeJob(Supplier<SparkSession> sessions) {
        this.sessions = sessions;
    }

    /** Runs the job on the session spark-submit sets up, then stops it and exits with the job's exit code. */
    public static void main(String[] args) {
        int exit;
        try (SubmittedSession session = new SubmittedSession("dyad code")) {
            exit = new CommandLine(new CodeJob(session)).execute(args);
        }
        System.exit(exit);
    }

    /**
     * Runs the job on a session the caller owns and keeps (tests, notebooks).
     *
     * @return the exit code: 0 when at least one article was coded, 1 when none was, 2 for a usage error
     */
    public static int run(SparkSession spark, String... args) {
        return new CommandLine(new CodeJob(() -> spark)).execute(args);
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (partitions != null && partitions < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--partitions must be at least 1");
        }
        SparkSession spark = sessions.get();
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        for (String table : JobOutput.TABLES) {
            Path path = new Path(out, table);
            if (!overwrite && path.getFileSystem(conf).exists(path)) {
                err.println("dyad-spark: " + path + " exists; pass --overwrite to replace the job's output");
                return CommandLine.ExitCode.USAGE;
            }
        }
        InputFiles files;
        try {
            files = InputFiles.find(in, conf);
        } catch (FileNotFoundException e) {
            err.println("dyad-spark: no such file or directory: " + in);
            return 1;
        }
        if (files.isEmpty()) {
            err.println("dyad-spark: no .jsonl, .warc or .warc.gz file in " + in);
            return 1;
        }
        int tasks = partitions != null ? partitions : 4 * spark.sparkContext().defaultParallelism();
        Dataset<Row> coded = read(spark, files).repartition(tasks)
                .mapPartitions(new ArticleCoding(CoderHolder::coder), Encoders.row(ArticleCoding.SCHEMA))
                .persist(StorageLevel.MEMORY_AND_DISK());
        JobOutput.Counts counts;
        try {
            counts = new JobOutput(out, overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists).write(coded);
        } finally {
            coded.unpersist();
        }
        spec.commandLine().getOut().printf("dyad-spark: %d files, %d articles read, %d coded, %d rejected, "
                        + "%d failed, %d events, %d mentions; output in %s%n",
                files.jsonl().size() + files.warc().size(), counts.articles(), counts.coded(), counts.rejected(),
                counts.failed(), counts.events(), counts.mentions(), out);
        spec.commandLine().getOut().flush();
        return counts.coded() > 0 ? 0 : 1;
    }

    private Dataset<Row> read(SparkSession spark, InputFiles files) {
        Dataset<Row> jsonl = files.jsonl().isEmpty() ? null : JsonlLines.read(spark, files.jsonl(), date);
        Dataset<Row> warc = files.warc().isEmpty() ? null : WarcFiles.read(spark, files.warc(), date);
        if (jsonl == null) {
            return warc;
        }
        return warc == null ? jsonl : jsonl.union(warc);
    }
}
