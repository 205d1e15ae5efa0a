package org.dyad.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.article.ReadResults.all;
import static org.dyad.article.ReadResults.rejected;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** The entry points for callers that split files themselves give what reading the whole file gives. */
class RecordAtATimeReadingTest {
    private static final LocalDate APRIL_4 = LocalDate.of(2024, 4, 4);
    private static final List<String> LINES = List.of(
            "\uFEFF{\"id\":\"doha-1\",\"date\":\"2024-03-02\",\"title\":\"Talks in Doha\",\"text\":\"Qatari mediators met "
                    + "Hamas negotiators in Doha on Saturday.\",\"source\":\"Wire\"}",
            "",
            "{\"id\":\"doha-2\",\"date\":\"2024-03-02\",\"text\":\"Israel recalled its delegation",
            "{\"id\":\"doha-3\",\"title\":\"No body\"}",
            "{\"id\":\"doha-4\",\"text\":\"Egypt said the talks would resume next week.\"}");

    @TempDir
    Path dir;

    @Test
    void eachJsonlLineReadAloneGivesWhatReadingTheFileGives() throws IOException {
        Path file = Files.writeString(dir.resolve("news.jsonl"), String.join("\n", LINES) + "\n");
        ArticleReader reader = new ArticleReader(APRIL_4);
        List<ReadResult> whole = all(reader.read(List.of(file.toString())));

        List<ReadResult> alone = new ArrayList<>();
        for (int i = 0; i < LINES.size(); i++) {
            byte[] bytes = LINES.get(i).getBytes(StandardCharsets.UTF_8);
            reader.readJsonlLine(file.toString(), i + 1, bytes).ifPresent(alone::add);
        }

        assertThat(whole).hasSize(4);
        assertThat(alone).isEqualTo(whole);
        assertThat(rejected(alone.get(2)).message()).isEqualTo(file + ":4: no text");
    }

    @Test
    void aBlankLineIsNoRecordAndBadBytesOrAnOverlongLineAreRejectedWithTheirLine() {
        ArticleReader reader = new ArticleReader(APRIL_4, Files::newInputStream, 64);

        assertThat(reader.readJsonlLine("a.jsonl", 3, "   ".getBytes(StandardCharsets.UTF_8))).isEmpty();
        Optional<ReadResult> latin1 = reader.readJsonlLine("a.jsonl", 7,
                "{\"text\":\"Caf\u00e9 talks\"}".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(rejected(latin1.orElseThrow()).message()).isEqualTo("a.jsonl:7: not UTF-8: invalid byte sequence at byte 13");
        Optional<ReadResult> long_ = reader.readJsonlLine("a.jsonl", 9, ("{\"text\":\"" + "x".repeat(80) + "\"}")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(rejected(long_.orElseThrow()).reason()).isEqualTo("line longer than 64 bytes");
    }

    @Test
    void aWarcStreamGivesWhatReadingTheWarcFileGivesAndIsClosedAtItsEnd() throws IOException {
        byte[] warc = crawl();
        Path file = Files.write(dir.resolve("crawl.warc.gz"), warc);
        ArticleReader reader = new ArticleReader(null);
        List<ReadResult> whole = all(reader.read(List.of(file.toString())));
        boolean[] closed = {false};
        InputStream in = new FilterInputStream(new ByteArrayInputStream(warc)) {
            @Override
            public void close() throws IOException {
                closed[0] = true;
                super.close();
            }
        };

        List<ReadResult> streamed = reader.readWarc(file.toString(), in).toList();

        assertThat(whole).hasSize(2);
        assertThat(streamed).isEqualTo(whole);
        assertThat(closed[0]).isTrue();
    }

    private static byte[] crawl() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Instant crawled = Instant.parse("2024-03-20T02:10:00Z");
        try (WarcWriter writer = new WarcWriter(Channels.newChannel(bytes), WarcCompression.GZIP)) {
            for (String story : List.of(HtmlReadingTest.STORY, HtmlReadingTest.SECOND)) {
                HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.HTML_UTF8,
                        HtmlReadingTest.page("", "en", story).getBytes(StandardCharsets.UTF_8)).build();
                writer.write(new WarcResponse.Builder("https://news.example.org/" + story.length())
                        .date(crawled).body(http).build());
            }
        }
        return bytes.toByteArray();
    }
}
