package org.dyad.spark;

import java.time.LocalDate;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dyad.article.Article;
import org.dyad.article.ReadResult;

/**
 * What reading gives, as rows: an article, a rejected record, or the number of lines of a block of a JSONL file.
 * Every row says where it came from: the file, the block (the byte offset where Spark's split of the file begins;
 * 0 for a WARC file) and the position in the block (the line within the split from 1, or the WARC record number).
 * A line's number in its file is its position plus the lines of the file's earlier blocks, known only once every
 * block has been read: {@link JobOutput} works it out for the rejections, the only rows that show it.
 */
final class ReadRows {
    static final String ARTICLE = "article";
    static final String REJECTED = "read";
    static final String LINES = "lines";

    static final StructType SCHEMA = new StructType()
            .add("file", DataTypes.StringType, false)
            .add("block", DataTypes.LongType, false)
            .add("position", DataTypes.LongType, false)
            .add("kind", DataTypes.StringType, false)
            .add("id", DataTypes.StringType)
            .add("date", DataTypes.StringType)
            .add("source", DataTypes.StringType)
            .add("url", DataTypes.StringType)
            .add("title", DataTypes.StringType)
            .add("text", DataTypes.StringType)
            .add("reason", DataTypes.StringType);

    private ReadRows() {
    }

    static Row of(String file, long block, long position, ReadResult result) {
        if (result instanceof ReadResult.Read read) {
            Article a = read.article();
            return RowFactory.create(file, block, position, ARTICLE, a.id(), a.date().toString(), a.source(), a.url(),
                    a.title(), a.text(), null);
        }
        ReadResult.Rejected rejected = (ReadResult.Rejected) result;
        return RowFactory.create(file, block, position, REJECTED, null, null, null, null, null, null,
                rejected.reason());
    }

    /** The row counting the lines of one block of a JSONL file (blank lines included). */
    static Row lines(String file, long block, long lines) {
        return RowFactory.create(file, block, lines, LINES, null, null, null, null, null, null, null);
    }

    static Article article(Row row) {
        return new Article(row.getAs("id"), LocalDate.parse(row.getAs("date")), row.getAs("source"), row.getAs("url"),
                row.getAs("title"), row.getAs("text"));
    }
}
