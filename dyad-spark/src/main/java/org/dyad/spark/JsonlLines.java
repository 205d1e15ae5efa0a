package org.dyad.spark;

import static org.apache.spark.sql.functions.col;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dyad.article.ArticleReader;
import org.dyad.article.ReadResult;

/**
 * Reads JSONL files with Spark's text source, so that a big file is split across tasks, and parses each line with
 * dyad-core's own JSONL parser ({@link ArticleReader#readJsonlLine}). Lines are taken as bytes and split at
 * {@code '\n'} only, as {@code dyad code} reads them, so that bytes that are not UTF-8 are rejected as they are
 * there. Each block also yields a {@link ReadRows#LINES} row with its count of lines.
 */
final class JsonlLines {
    private JsonlLines() {
    }

    static Dataset<Row> read(SparkSession spark, List<String> files, LocalDate defaultDate) {
        Dataset<Row> lines = spark.read().option("lineSep", "\n").text(files.toArray(String[]::new))
                .select(col("value").cast("binary").as("bytes"), col("_metadata.file_path").as("file"),
                        col("_metadata.file_block_start").as("block"));
        return lines.mapPartitions(new Parsing(defaultDate), Encoders.row(ReadRows.SCHEMA));
    }

    /** Parses the lines of a partition; a partition holds whole blocks, each block's lines in file order. */
    private static final class Parsing implements MapPartitionsFunction<Row, Row> {
        private static final long serialVersionUID = 1L;
        private final LocalDate defaultDate;

        Parsing(LocalDate defaultDate) {
            this.defaultDate = defaultDate;
        }

        @Override
        public Iterator<Row> call(Iterator<Row> lines) {
            return new ParsedLines(lines, new ArticleReader(defaultDate));
        }
    }

    /** Parses lazily, one line at a time, so a partition of any size streams through. */
    private static final class ParsedLines implements Iterator<Row> {
        private final Iterator<Row> lines;
        private final ArticleReader reader;
        private final Deque<Row> ready = new ArrayDeque<>();
        private String file;
        private long block = -1;
        private long position;

        ParsedLines(Iterator<Row> lines, ArticleReader reader) {
            this.lines = lines;
            this.reader = reader;
        }

        @Override
        public boolean hasNext() {
            while (ready.isEmpty() && (lines.hasNext() || file != null)) {
                if (!lines.hasNext()) {
                    endBlock();
                    continue;
                }
                Row line = lines.next();
                String lineFile = line.getAs("file");
                long lineBlock = line.getAs("block");
                if (!lineFile.equals(file) || lineBlock != block) {
                    endBlock();
                    file = lineFile;
                    block = lineBlock;
                }
                position++;
                byte[] bytes = line.getAs("bytes");
                Optional<ReadResult> result = reader.readJsonlLine(file, position, bytes);
                result.ifPresent(r -> ready.add(ReadRows.of(file, block, position, r)));
            }
            return !ready.isEmpty();
        }

        private void endBlock() {
            if (file != null) {
                ready.add(ReadRows.lines(file, block, position));
            }
            file = null;
            block = -1;
            position = 0;
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return ready.poll();
        }
    }
}
