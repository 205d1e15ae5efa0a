package org.dyad.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.dyad.article.Article;
import org.dyad.article.ReadResult;
import org.dyad.coder.Coder;
import org.junit.jupiter.api.Test;

/** A coder that throws costs the article, never the partition; rejections and line counts pass through. */
class ArticleCodingTest {
    private static final String FILE = "hdfs://cluster/news/2024-04.jsonl";

    @Test
    void anArticleTheCoderFailsOnBecomesAFailedRowAndThePartitionGoesOn() throws Exception {
        Coder failing = Coder.withAnnotator(text -> {
            throw new IllegalStateException("the parser gave up on a 900-word sentence");
        });
        List<Row> records = List.of(
                withSchema(ReadRows.of(FILE, 0, 1, read("kharkiv-drones", "Russian forces attacked Kharkiv."))),
                withSchema(ReadRows.of(FILE, 0, 2, new ReadResult.Rejected(FILE, 2, "no text"))),
                withSchema(ReadRows.of(FILE, 0, 3, read("kyiv-talks", "Ukraine and Poland held talks in Kyiv."))),
                withSchema(ReadRows.lines(FILE, 0, 3)));

        List<Row> coded = new ArrayList<>();
        Iterator<Row> out = new ArticleCoding(() -> failing).call(records.iterator());
        out.forEachRemaining(coded::add);

        assertThat(coded).extracting(row -> row.get(3)).containsExactly("failed", "read", "failed", "lines");
        assertThat(coded).extracting(row -> row.get(4)).containsExactly("kharkiv-drones", null, "kyiv-talks", null);
        assertThat((String) coded.get(0).get(5))
                .isEqualTo("java.lang.IllegalStateException: the parser gave up on a 900-word sentence");
        assertThat(coded.get(1).get(5)).isEqualTo("no text");
        assertThat(coded).extracting(row -> row.get(2)).containsExactly(1L, 2L, 3L, 3L);
    }

    private static ReadResult read(String id, String text) {
        return new ReadResult.Read(Article.of(id, LocalDate.of(2024, 4, 11), text), FILE);
    }

    /** Rows as Spark hands them to the function: with their schema, so fields can be read by name. */
    private static Row withSchema(Row row) {
        Object[] values = new Object[row.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = row.get(i);
        }
        return new GenericRowWithSchema(values, ReadRows.SCHEMA);
    }
}
