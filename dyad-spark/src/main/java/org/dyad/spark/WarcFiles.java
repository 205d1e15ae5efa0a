package org.dyad.spark;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dyad.article.ArticleReader;
import org.dyad.article.ReadResult;
import scala.Tuple2;

/**
 * Reads WARC files, gzipped or not, one task per file (a gzipped file cannot be split), each streamed record by
 * record through dyad-core's WARC reader ({@link ArticleReader#readWarc}): never a whole file in memory. A row's
 * position is the record's number in the file, from 1.
 */
final class WarcFiles {
    private WarcFiles() {
    }

    static Dataset<Row> read(SparkSession spark, List<String> files, LocalDate defaultDate) {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaRDD<Row> rows = context.binaryFiles(String.join(",", files), files.size())
                .flatMap(new Pages(defaultDate));
        return spark.createDataFrame(rows, ReadRows.SCHEMA);
    }

    private static final class Pages implements FlatMapFunction<Tuple2<String, PortableDataStream>, Row> {
        private static final long serialVersionUID = 1L;
        private final LocalDate defaultDate;

        Pages(LocalDate defaultDate) {
            this.defaultDate = defaultDate;
        }

        @Override
        public Iterator<Row> call(Tuple2<String, PortableDataStream> file) {
            String name = file._1();
            Stream<ReadResult> results;
            try {
                results = new ArticleReader(defaultDate).readWarc(name, file._2().open());
            } catch (Exception e) {
                // Scala declares no IOException, yet open() throws one for a file that went away: reject the file
                return List.of(ReadRows.of(name, 0, 0, new ReadResult.Rejected(name, 0,
                        "cannot open: " + e.getMessage()))).iterator();
            }
            return results.map(result -> ReadRows.of(name, 0, recordNumber(name, result), result)).iterator();
        }
    }

    /** The record's number in its file, which the reader puts in a rejection's line and after a page's origin. */
    static long recordNumber(String file, ReadResult result) {
        if (result instanceof ReadResult.Rejected rejected) {
            return rejected.line();
        }
        String origin = ((ReadResult.Read) result).origin();
        try {
            return origin.startsWith(file + ":") ? Long.parseLong(origin.substring(file.length() + 1)) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
