package org.dyad.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dyad.article.Article;
import org.dyad.article.ArticleReader;
import org.dyad.article.ReadResult;

/**
 * The articles of a benchmark, read into memory before the clock for coding starts, so reading is timed as a
 * stage of its own and never stalls the coding threads.
 *
 * @param articles     the articles to code, in file order, none with a blank text
 * @param emptySkipped records whose text is blank
 * @param rejected     records that could not be read
 * @param readNanos    time spent reading and parsing the input
 */
public record Corpus(List<Article> articles, int emptySkipped, int rejected, long readNanos) {
    private static final String NO_TEXT = "no text";

    public Corpus {
        articles = List.copyOf(articles);
        if (emptySkipped < 0 || rejected < 0 || readNanos < 0) {
            throw new IllegalArgumentException("counts and time must not be negative");
        }
    }

    /**
     * Reads up to {@code limit} articles with a non-blank text from any input {@code dyad code} reads.
     *
     * @param limit the most articles to keep; 0 or less for all
     */
    public static Corpus read(Path input, int limit, LocalDate defaultDate) {
        long started = System.nanoTime();
        List<Article> articles = new ArrayList<>();
        int empty = 0;
        int rejected = 0;
        try (Stream<ReadResult> results = new ArticleReader(defaultDate).read(List.of(input.toString()))) {
            for (ReadResult result : (Iterable<ReadResult>) results::iterator) {
                if (limit > 0 && articles.size() >= limit) {
                    break;
                }
                if (result instanceof ReadResult.Read read) {
                    articles.add(read.article());
                } else if (((ReadResult.Rejected) result).reason().equals(NO_TEXT)) {
                    // the reader rejects a record with a blank text; for a benchmark it is an empty article, skipped
                    empty++;
                } else {
                    rejected++;
                }
            }
        }
        return new Corpus(articles, empty, rejected, System.nanoTime() - started);
    }
}
