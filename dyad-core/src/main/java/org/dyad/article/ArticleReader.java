package org.dyad.article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads articles from files, directories and standard input, streaming: JSONL files are read line by line as the
 * results are consumed, so files of any length fit in memory. Every unreadable record comes back as a
 * {@link ReadResult.Rejected} that says where and why; nothing stops the batch.
 *
 * <p>Formats: a {@code .txt} file (or standard input) is one article, optionally starting with
 * {@code date YYYY-MM-DD} on its own line or before the text; its id is the file name without extension. A
 * {@code .jsonl} file holds one JSON object per line with {@code id}, {@code date}, {@code title}, {@code text},
 * and optionally {@code url} and {@code source}. An {@code .html} or {@code .htm} file is one web page: its main
 * text without boilerplate, the date, title and address from its metadata, its id the file name. A {@code .warc}
 * or {@code .warc.gz} file is read record by record, every HTML response a page dated by its metadata or else
 * by its capture date. Pages not in English are rejected with that reason. Text input must be UTF-8. CRLF line ends in article text become LF;
 * the text is otherwise kept as it is, apart from surrounding whitespace.
 *
 * <p>An instance holds no state between calls and may be shared; each returned stream is for one thread.
 */
public final class ArticleReader {
    /** The most bytes one .txt article or one JSONL line may have; bigger ones are rejected, not loaded. */
    static final int MAX_RECORD_BYTES = 32 * 1024 * 1024;

    /** Opens files for reading; a seam so tests can watch how much of a file is read. */
    @FunctionalInterface
    interface FileOpener {
        InputStream open(Path path) throws IOException;
    }

    private final TextArticleParser textParser;
    private final JsonlRecordParser jsonlParser;
    private final HtmlArticleParser htmlParser;
    private final FileOpener opener;
    private final int maxRecordBytes;

    /**
     * @param defaultDate the date of .txt articles and standard input without a 'date' header and of JSONL
     *                    records without "date"; {@code null} to reject those instead
     */
    public ArticleReader(LocalDate defaultDate) {
        this(defaultDate, Files::newInputStream, MAX_RECORD_BYTES);
    }

    ArticleReader(LocalDate defaultDate, FileOpener opener, int maxRecordBytes) {
        if (maxRecordBytes < 1) {
            throw new IllegalArgumentException("maxRecordBytes must be positive: " + maxRecordBytes);
        }
        this.textParser = new TextArticleParser(defaultDate);
        this.jsonlParser = new JsonlRecordParser(defaultDate);
        this.htmlParser = new HtmlArticleParser(defaultDate, EnglishCheck.load());
        this.opener = Objects.requireNonNull(opener, "opener");
        this.maxRecordBytes = maxRecordBytes;
    }

    /**
     * Reads every input in order, "-" meaning {@link System#in}.
     *
     * @see #read(List, InputStream)
     */
    public Stream<ReadResult> read(List<String> inputs) {
        return read(inputs, System.in);
    }

    /**
     * Reads every input in order. An input is a file path, a directory (walked recursively, following links;
     * its .txt and .jsonl files taken in path order, other files ignored), or "-" for {@code stdin}, read as one
     * .txt article whose id is a hash of its text. Results are produced lazily, in order; close the stream (or
     * consume it to the end) to release the file being read. {@code stdin} is never closed.
     *
     * @param inputs paths as the user gave them; these names appear in origins and rejections
     * @param stdin  what "-" reads
     */
    public Stream<ReadResult> read(List<String> inputs, InputStream stdin) {
        List<String> copied = List.copyOf(inputs);
        Objects.requireNonNull(stdin, "stdin");
        ResultCursor cursor = new ResultCursor(copied, stdin, opener, textParser, jsonlParser, htmlParser,
                maxRecordBytes);
        Spliterator<ReadResult> spliterator = Spliterators.spliteratorUnknownSize(
                cursor, Spliterator.ORDERED | Spliterator.NONNULL);
        return StreamSupport.stream(spliterator, false).onClose(cursor::close);
    }

    /**
     * Reads one line of a JSONL file exactly as {@link #read(List)} reads the lines of a {@code .jsonl} file, for
     * callers that split files into lines themselves (the Spark job). The bytes must be UTF-8; line 1 may start
     * with a byte order mark.
     *
     * @param file  the file's name as it should appear in origins and rejections
     * @param line  the 1-based line number
     * @param bytes the line without its line end
     * @return the article or rejection, or empty for a blank line, which is no record
     */
    public Optional<ReadResult> readJsonlLine(String file, long line, byte[] bytes) {
        Objects.requireNonNull(file, "file");
        if (line < 1) {
            throw new IllegalArgumentException("line must be positive: " + line);
        }
        if (bytes.length > maxRecordBytes) {
            return Optional.of(JsonlRecords.tooLong(file, line, maxRecordBytes));
        }
        return Optional.ofNullable(JsonlRecords.parseLine(file, line, bytes, bytes.length, new StrictUtf8(),
                jsonlParser));
    }

    /**
     * Reads the pages of one WARC file, gzipped or not, from a stream, exactly as {@link #read(List)} reads a
     * {@code .warc} or {@code .warc.gz} file: one record at a time, never the whole file. The stream is closed
     * when the returned stream is consumed to its end or closed.
     *
     * @param file the file's name as it should appear in origins and rejections
     * @param in   the file's bytes as stored
     */
    public Stream<ReadResult> readWarc(String file, InputStream in) {
        WarcRecords records = new WarcRecords(Objects.requireNonNull(file, "file"), Objects.requireNonNull(in, "in"),
                htmlParser, maxRecordBytes);
        Spliterator<ReadResult> spliterator = Spliterators.spliteratorUnknownSize(
                records, Spliterator.ORDERED | Spliterator.NONNULL);
        return StreamSupport.stream(spliterator, false).onClose(records::close);
    }
}
