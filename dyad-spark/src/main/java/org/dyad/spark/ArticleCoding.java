package org.dyad.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dyad.article.Article;
import org.dyad.coder.CodedArticle;
import org.dyad.coder.Coder;
import org.dyad.event.Event;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Codes the articles of a partition, lazily, one at a time, with the coder its source gives (in the job, the
 * JVM's one coder of {@link CoderHolder}). An article whose coding throws becomes a {@link #FAILED} row with the
 * exception, and the partition goes on. Rejections and line counts pass through unchanged.
 */
final class ArticleCoding implements MapPartitionsFunction<Row, Row> {
    /** Where a task gets its coder: shipped to the executors with the function, so it must be serializable. */
    @FunctionalInterface
    interface CoderSource extends Serializable {
        Coder coder();
    }

    static final String CODED = "coded";
    static final String FAILED = "failed";

    /** One row per record read: where it came from, what became of it, and its events and mentions. */
    static final StructType SCHEMA = new StructType()
            .add("file", DataTypes.StringType, false)
            .add("block", DataTypes.LongType, false)
            .add("position", DataTypes.LongType, false)
            .add("kind", DataTypes.StringType, false)
            .add("article_id", DataTypes.StringType)
            .add("reason", DataTypes.StringType)
            .add("events", DataTypes.createArrayType(EventRows.EVENT, false))
            .add("mentions", DataTypes.createArrayType(EventRows.MENTION, false));

    private static final long serialVersionUID = 1L;
    private final CoderSource coders;

    ArticleCoding(CoderSource coders) {
        this.coders = coders;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> records) {
        EventRows rows = new EventRows();
        Coder coder = coders.coder();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return records.hasNext();
            }

            @Override
            public Row next() {
                return code(records.next(), coder, rows);
            }
        };
    }

    private static Row code(Row record, Coder coder, EventRows rows) {
        String kind = record.getAs("kind");
        if (!ReadRows.ARTICLE.equals(kind)) {
            return row(record, kind, null, record.getAs("reason"), List.of(), List.of());
        }
        Article article = ReadRows.article(record);
        CodedArticle coded;
        try {
            coded = coder.code(article);
        } catch (RuntimeException e) {
            return row(record, FAILED, article.id(), e.toString(), List.of(), List.of());
        }
        List<Row> events = new ArrayList<>();
        List<Row> mentions = new ArrayList<>();
        for (Event event : coded.events()) {
            events.add(rows.event(event));
            mentions.addAll(EventRows.mentions(event));
        }
        return row(record, CODED, article.id(), null, events, mentions);
    }

    private static Row row(Row record, String kind, String articleId, String reason, List<Row> events,
                           List<Row> mentions) {
        // Spark's row encoder takes arrays as Scala sequences
        return RowFactory.create(record.getAs("file"), record.getAs("block"), record.getAs("position"), kind,
                articleId, reason, CollectionConverters.asScala(events).toSeq(),
                CollectionConverters.asScala(mentions).toSeq());
    }
}
