package org.dyad.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.article.ReadResults.all;
import static org.dyad.article.ReadResults.read;
import static org.dyad.article.ReadResults.rejected;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Web archives as crawlers write them: a request and a response per page, images, errors, foreign pages. */
class WarcReadingTest {
    private static final Instant CRAWLED = Instant.parse("2024-03-20T02:10:00Z");
    private static final String GERMAN = "<html lang=\"de\"><body><article><p>Der kenianische Präsident William Ruto hat "
            + "am Dienstag in Nairobi den äthiopischen Ministerpräsidenten Abiy Ahmed getroffen, um über den Streit um "
            + "den Nil-Staudamm zu sprechen. Beide Politiker erklärten, sie hätten sich auf einen gemeinsamen "
            + "Ausschuss geeinigt, der den Regierungen beider Länder innerhalb von drei Monaten berichten soll."
            + "</p></article></body></html>";

    @TempDir
    Path dir;

    private Path crawl(String name, WarcCompression compression) throws IOException {
        Path file = dir.resolve(name);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
             WarcWriter writer = new WarcWriter(channel, compression)) {
            String dated = HtmlReadingTest.page(
                    "<meta property=\"article:published_time\" content=\"2024-03-19T18:45:00+03:00\">", "en",
                    HtmlReadingTest.STORY);
            writer.write(new WarcRequest.Builder("https://news.example.org/africa/ruto-abiy-nile")
                    .date(CRAWLED).body(new HttpRequest.Builder("GET", "/africa/ruto-abiy-nile").build()).build());
            writer.write(response("https://news.example.org/africa/ruto-abiy-nile", 200, MediaType.HTML_UTF8, dated));
            writer.write(response("https://news.example.org/logo.png", 200, MediaType.parse("image/png"), "PNG"));
            writer.write(response("https://news.example.org/gone", 404, MediaType.HTML_UTF8, "<p>Not found</p>"));
            writer.write(response("https://nachrichten.example.de/ruto", 200, MediaType.parse("text/html"), GERMAN));
            writer.write(response("https://news.example.org/undated", 200, MediaType.HTML_UTF8,
                    HtmlReadingTest.page("", "en", HtmlReadingTest.STORY)));
        }
        return file;
    }

    private static WarcResponse response(String url, int status, MediaType type, String body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(type, body.getBytes(StandardCharsets.UTF_8)).build();
        return new WarcResponse.Builder(url).date(CRAWLED).body(http).build();
    }

    private List<ReadResult> readAll(Path file) {
        return all(new ArticleReader(null).read(List.of(file.toString())));
    }

    @Test
    void gzippedCrawlYieldsTheEnglishPagesAndSaysWhyTheGermanOneWasSkipped() throws IOException {
        Path file = crawl("news.warc.gz", WarcCompression.GZIP);
        List<ReadResult> results = readAll(file);

        assertThat(results).hasSize(3);
        Article story = read(results.get(0)).article();
        assertThat(story.date()).isEqualTo(LocalDate.of(2024, 3, 19));
        assertThat(story.url()).isEqualTo("https://news.example.org/africa/ruto-abiy-nile");
        assertThat(story.text()).contains("Nile dam").doesNotContain("cookies");
        assertThat(read(results.get(0)).origin()).isEqualTo(file + ":2");

        ReadResult.Rejected german = rejected(results.get(1));
        assertThat(german.line()).isEqualTo(5);
        assertThat(german.reason()).startsWith("not in English");

        // no date in the page: the day it was crawled
        assertThat(read(results.get(2)).article().date()).isEqualTo(LocalDate.of(2024, 3, 20));
    }

    @Test
    void uncompressedCrawlReadsTheSame() throws IOException {
        List<ReadResult> plain = readAll(crawl("news.warc", WarcCompression.NONE));
        List<ReadResult> gzipped = readAll(crawl("other.warc.gz", WarcCompression.GZIP));
        assertThat(plain).hasSize(3);
        assertThat(read(plain.get(0)).article()).isEqualTo(read(gzipped.get(0)).article());
    }

    @Test
    void aTruncatedCrawlKeepsTheRecordsBeforeTheBreakAndSaysWhere() throws IOException {
        Path whole = crawl("whole.warc", WarcCompression.NONE);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.warc"), java.util.Arrays.copyOf(bytes, bytes.length * 3 / 4));
        List<ReadResult> results = readAll(cut);
        assertThat(results).isNotEmpty();
        assertThat(read(results.get(0)).article().text()).contains("Nile dam");
        assertThat(results.get(results.size() - 1)).isInstanceOf(ReadResult.Rejected.class);
    }

    @Test
    void aFileThatIsNoWarcIsRejectedNotThrown() throws IOException {
        Path bogus = Files.writeString(dir.resolve("bogus.warc"), "this is not a web archive\n");
        ReadResult.Rejected rejected = rejected(ReadResults.only(readAll(bogus)));
        assertThat(rejected.reason()).startsWith("not a readable WARC record");
    }
}
