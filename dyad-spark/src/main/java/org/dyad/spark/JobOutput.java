package org.dyad.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Writes the coded records as three Parquet tables under one directory: {@code events} and {@code mentions},
 * partitioned by {@code month}, and {@code rejects} (file, line, kind {@code read} or {@code failed}, reason,
 * article id). The coded records are read once for each table, so the caller persists them.
 */
final class JobOutput {
    static final String EVENTS = "events";
    static final String MENTIONS = "mentions";
    static final String REJECTS = "rejects";
    static final List<String> TABLES = List.of(EVENTS, MENTIONS, REJECTS);

    /**
     * What a run did.
     *
     * @param articles articles read
     * @param coded    articles coded
     * @param rejected records that could not be read
     * @param failed   articles the coder failed on
     * @param events   events written
     * @param mentions mentions written
     */
    record Counts(long articles, long coded, long rejected, long failed, long events, long mentions) {
    }

    private final String out;
    private final SaveMode mode;

    JobOutput(String out, SaveMode mode) {
        this.out = out.endsWith("/") ? out.substring(0, out.length() - 1) : out;
        this.mode = mode;
    }

    Counts write(Dataset<Row> coded) {
        Dataset<Row> articles = coded.where(col("kind").equalTo(ArticleCoding.CODED));
        articles.select(explode(col("events")).as("e")).select("e.*")
                .write().mode(mode).partitionBy(EventRows.MONTH).parquet(out + "/" + EVENTS);
        articles.select(explode(col("mentions")).as("m")).select("m.*")
                .write().mode(mode).partitionBy(EventRows.MONTH).parquet(out + "/" + MENTIONS);
        rejects(coded).write().mode(mode).parquet(out + "/" + REJECTS);
        return counts(coded);
    }

    /**
     * The rejections with their line numbers in their files: a row's position in its block plus the lines of the
     * file's earlier blocks (none for a WARC file, whose position is the record's number).
     */
    static Dataset<Row> rejects(Dataset<Row> coded) {
        WindowSpec earlier = Window.partitionBy("file").orderBy("block")
                .rowsBetween(Window.unboundedPreceding(), -1);
        Dataset<Row> before = coded.where(col("kind").equalTo(ReadRows.LINES))
                .select(col("file").as("before_file"), col("block").as("before_block"),
                        coalesce(sum("position").over(earlier), lit(0L)).as("before"));
        return coded.where(col("kind").isin(ReadRows.REJECTED, ArticleCoding.FAILED))
                .join(before, col("file").equalTo(col("before_file")).and(col("block").equalTo(col("before_block"))),
                        "left_outer")
                .select(col("file"), col("position").plus(coalesce(col("before"), lit(0L))).as("line"),
                        col("kind"), col("reason"), col("article_id"))
                .orderBy("file", "line");
    }

    private static Counts counts(Dataset<Row> coded) {
        long codedArticles = 0;
        long rejected = 0;
        long failed = 0;
        long events = 0;
        long mentions = 0;
        for (Row row : coded.groupBy("kind").agg(count(lit(1)).as("n"), sum(size(col("events"))).as("events"),
                sum(size(col("mentions"))).as("mentions")).collectAsList()) {
            String kind = row.getAs("kind");
            long n = row.getAs("n");
            switch (kind) {
                case ArticleCoding.CODED -> {
                    codedArticles = n;
                    events = row.getAs("events");
                    mentions = row.getAs("mentions");
                }
                case ArticleCoding.FAILED -> failed = n;
                case ReadRows.REJECTED -> rejected = n;
                default -> {
                    // line counts of JSONL blocks are no records
                }
            }
        }
        return new Counts(codedArticles + failed, codedArticles, rejected, failed, events, mentions);
    }
}
