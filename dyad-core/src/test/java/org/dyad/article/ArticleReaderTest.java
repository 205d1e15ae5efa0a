package org.dyad.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.article.ReadResults.all;
import static org.dyad.article.ReadResults.only;
import static org.dyad.article.ReadResults.read;
import static org.dyad.article.ReadResults.rejected;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.AccessDeniedException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
    private static final LocalDate APRIL_4 = LocalDate.of(2024, 4, 4);

    @TempDir
    Path dir;

    private Path write(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    @Test
    void aDirectoryIsWalkedRecursivelyInPathOrderTakingOnlyTxtAndJsonl() throws IOException {
        write("corpus/b/2024-03-01-oslo.txt", "date 2024-03-01\nNorway offered to host talks between the parties.");
        write("corpus/a.jsonl", "{\"id\":\"a-1\",\"text\":\"Chad closed its border with Sudan.\"}\n"
                + "{\"id\":\"a-2\",\"text\":\"Sudan accused Chad of arming rebels.\"}\n");
        write("corpus/b/c/deep.jsonl", "{\"id\":\"deep-1\",\"text\":\"Niger expelled the French envoy.\"}\n");
        write("corpus/README.md", "# Corpus notes: not an article");
        write("corpus/z.txt", "Ghana and Togo signed a security pact.");

        List<ReadResult> results = all(new ArticleReader(APRIL_4).read(List.of(dir.resolve("corpus").toString())));

        Path corpus = dir.resolve("corpus");
        assertThat(results).extracting(r -> read(r).origin()).containsExactly(
                corpus.resolve("a.jsonl") + ":1",
                corpus.resolve("a.jsonl") + ":2",
                corpus.resolve("b/2024-03-01-oslo.txt").toString(),
                corpus.resolve("b/c/deep.jsonl") + ":1",
                corpus.resolve("z.txt").toString());
        assertThat(results).extracting(r -> read(r).article().id())
                .containsExactly("a-1", "a-2", "2024-03-01-oslo", "deep-1", "z");
    }

    @Test
    void aSymbolicLinkLoopInsideADirectoryIsReportedAndTheRestRead() throws IOException {
        write("corpus/ankara.txt", "Turkey summoned the Swedish ambassador in Ankara.");
        Path loop = Files.createSymbolicLink(dir.resolve("corpus/loop"), dir.resolve("corpus"));

        List<ReadResult> results = all(new ArticleReader(APRIL_4).read(List.of(dir.resolve("corpus").toString())));

        assertThat(results).hasSize(2);
        assertThat(read(results.get(0)).article().id()).isEqualTo("ankara");
        assertThat(rejected(results.get(1)).message()).isEqualTo(loop + ": symbolic link loop");
    }

    @Test
    void inputsAreReadInTheGivenOrderAndAMissingPathDoesNotStopTheBatch() throws IOException {
        Path second = write("second.txt", "Peru declared a state of emergency in Lima.");
        Path first = write("first.jsonl", "{\"id\":\"f1\",\"text\":\"Chile recalled its ambassador.\"}\n");
        String missing = dir.resolve("no-such.jsonl").toString();

        List<ReadResult> results = all(new ArticleReader(APRIL_4)
                .read(List.of(second.toString(), missing, first.toString())));

        assertThat(results).hasSize(3);
        assertThat(read(results.get(0)).article().id()).isEqualTo("second");
        ReadResult.Rejected rejected = rejected(results.get(1));
        assertThat(rejected.message()).isEqualTo(missing + ": no such file or directory");
        assertThat(read(results.get(2)).article().id()).isEqualTo("f1");
    }

    @Test
    void anExplicitFileOfAnotherTypeIsRejected() throws IOException {
        Path notes = write("notes.md", "Draft.");

        ReadResult.Rejected rejected = rejected(only(all(new ArticleReader(APRIL_4).read(List.of(notes.toString())))));

        assertThat(rejected.reason()).isEqualTo("unsupported file type: expected .txt, .jsonl, .html, .htm, .warc or .warc.gz");
    }

    @Test
    void aFileThatCannotBeOpenedIsRejectedWithTheReason() throws IOException {
        Path file = write("locked.txt", "Cuba released the detained journalists.");
        ArticleReader reader = new ArticleReader(APRIL_4, path -> {
            throw new AccessDeniedException(path.toString());
        }, ArticleReader.MAX_RECORD_BYTES);

        ReadResult.Rejected rejected = rejected(only(all(reader.read(List.of(file.toString())))));

        assertThat(rejected.message()).isEqualTo(file + ": permission denied");
    }

    @Test
    void dashReadsStandardInputAsOneTextArticleIdentifiedByItsText() {
        String text = "Iran's foreign minister visited Muscat for talks with Omani officials.";
        InputStream stdin = new ByteArrayInputStream(("date 2024-02-12 " + text + "\n").getBytes(StandardCharsets.UTF_8));

        ReadResult.Read result = read(only(all(new ArticleReader(null).read(List.of("-"), stdin))));

        assertThat(result.origin()).isEqualTo("<stdin>");
        assertThat(result.article()).isEqualTo(Article.of(ArticleId.ofText(text), LocalDate.of(2024, 2, 12), text));
    }

    @Test
    void standardInputWithoutDateIsRejectedAsAWhole() {
        InputStream stdin = new ByteArrayInputStream("Iran's foreign minister visited Muscat.".getBytes(StandardCharsets.UTF_8));

        ReadResult.Rejected rejected = rejected(only(all(new ArticleReader(null).read(List.of("-"), stdin))));

        assertThat(rejected.message())
                .isEqualTo("<stdin>: no date: add a 'date YYYY-MM-DD' first line or pass --date");
    }

    @Test
    void aLongJsonlFileIsReadOnlyAsFarAsResultsAreTaken() throws IOException {
        Path file = dir.resolve("big.jsonl");
        try (Writer out = Files.newBufferedWriter(file)) {
            for (int i = 1; i <= 50_000; i++) {
                out.write("{\"id\":\"r" + i + "\",\"date\":\"2024-01-15\",\"text\":\"Record " + i
                        + ": delegates from Armenia and Azerbaijan met in Almaty to continue border talks.\"}\n");
            }
        }
        long size = Files.size(file);
        AtomicLong bytesRead = new AtomicLong();
        List<InputStream> opened = new ArrayList<>();
        ArticleReader reader = new ArticleReader(null, path -> {
            InputStream counting = new CountingInputStream(Files.newInputStream(path), bytesRead);
            opened.add(counting);
            return counting;
        }, ArticleReader.MAX_RECORD_BYTES);

        List<String> firstThree;
        try (Stream<ReadResult> results = reader.read(List.of(file.toString()))) {
            firstThree = results.limit(3).map(r -> read(r).article().id()).toList();
        }

        assertThat(firstThree).containsExactly("r1", "r2", "r3");
        assertThat(size).isGreaterThan(5_000_000);
        assertThat(bytesRead.get()).isLessThan(size / 20);
        assertThat(opened).hasSize(1);
        assertThat(((CountingInputStream) opened.get(0)).closed).isTrue();
    }

    @Test
    void theWholeLongFileStreamsThroughInOrder() throws IOException {
        Path file = dir.resolve("big.jsonl");
        try (Writer out = Files.newBufferedWriter(file)) {
            for (int i = 1; i <= 50_000; i++) {
                out.write("{\"id\":\"r" + i + "\",\"text\":\"Record " + i + ": Armenia and Azerbaijan met.\"}\n");
            }
        }

        AtomicLong count = new AtomicLong();
        AtomicLong outOfOrder = new AtomicLong();
        try (Stream<ReadResult> results = new ArticleReader(APRIL_4).read(List.of(file.toString()))) {
            Iterator<ReadResult> iterator = results.iterator();
            while (iterator.hasNext()) {
                long n = count.incrementAndGet();
                if (!read(iterator.next()).article().id().equals("r" + n)) {
                    outOfOrder.incrementAndGet();
                }
            }
        }

        assertThat(count.get()).isEqualTo(50_000);
        assertThat(outOfOrder.get()).isZero();
    }

    @Test
    void nothingIsOpenedBeforeTheStreamIsConsumed() throws IOException {
        Path file = write("one.jsonl", "{\"text\":\"Talks resumed.\"}\n");
        List<Path> opened = new ArrayList<>();
        ArticleReader reader = new ArticleReader(APRIL_4, path -> {
            opened.add(path);
            return Files.newInputStream(path);
        }, ArticleReader.MAX_RECORD_BYTES);

        Stream<ReadResult> results = reader.read(List.of(file.toString()));
        assertThat(opened).isEmpty();
        assertThat(all(results)).hasSize(1);
        assertThat(opened).containsExactly(file);
    }

    /** Counts the bytes the reader pulls from a file and notes whether it was closed. */
    private static final class CountingInputStream extends FilterInputStream {
        private final AtomicLong count;
        boolean closed;

        CountingInputStream(InputStream in, AtomicLong count) {
            super(in);
            this.count = count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count.addAndGet(n);
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            closed = true;
            super.close();
        }
    }
}
