package org.dyad.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.article.ReadResults.all;
import static org.dyad.article.ReadResults.only;
import static org.dyad.article.ReadResults.read;
import static org.dyad.article.ReadResults.rejected;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlReadingTest {
    private static final LocalDate APRIL_4 = LocalDate.of(2024, 4, 4);

    @TempDir
    Path dir;

    private List<ReadResult> readLines(LocalDate defaultDate, String... lines) throws IOException {
        Path file = Files.writeString(dir.resolve("news.jsonl"), String.join("\n", lines) + "\n");
        return all(new ArticleReader(defaultDate).read(List.of(file.toString())));
    }

    private String file() {
        return dir.resolve("news.jsonl").toString();
    }

    @Test
    void badLinesAreRejectedWithTheirLineNumbersAndTheRestStillComeThroughInOrder() throws IOException {
        List<ReadResult> results = readLines(null,
                "{\"id\":\"a1\",\"date\":\"2024-03-02\",\"title\":\"Talks in Doha\",\"text\":\"Qatari mediators met "
                        + "Hamas negotiators in Doha on Saturday.\",\"source\":\"Wire\",\"url\":\"https://example.org/a1\"}",
                "{\"id\":\"a2\",\"date\":\"2024-03-02\",\"text\":\"Israel recalled its delegation",
                "{\"id\":\"a3\",\"date\":\"2024-03-03\",\"title\":\"No body\"}",
                "{\"id\":\"a4\",\"date\":\"2024-02-30\",\"text\":\"Egypt said the talks would resume.\"}",
                "{\"id\":5,\"date\":\"2024-03-05\",\"text\":\"The United States welcomed the truce proposal.\"}");

        assertThat(results).hasSize(5);
        ReadResult.Read first = read(results.get(0));
        assertThat(first.origin()).isEqualTo(file() + ":1");
        assertThat(first.article()).isEqualTo(new Article("a1", LocalDate.of(2024, 3, 2), "Wire",
                "https://example.org/a1", "Talks in Doha", "Qatari mediators met Hamas negotiators in Doha on Saturday."));

        ReadResult.Rejected badJson = rejected(results.get(1));
        assertThat(badJson.line()).isEqualTo(2);
        assertThat(badJson.reason()).startsWith("bad JSON: ").doesNotContain("\n").doesNotContain("Source");

        ReadResult.Rejected noText = rejected(results.get(2));
        assertThat(noText.line()).isEqualTo(3);
        assertThat(noText.reason()).isEqualTo("no text");
        assertThat(noText.message()).isEqualTo(file() + ":3: no text");

        ReadResult.Rejected badDate = rejected(results.get(3));
        assertThat(badDate.line()).isEqualTo(4);
        assertThat(badDate.reason()).isEqualTo("impossible date '2024-02-30'");

        ReadResult.Read last = read(results.get(4));
        assertThat(last.origin()).isEqualTo(file() + ":5");
        assertThat(last.article().id()).isEqualTo("5");
        assertThat(last.article().text()).isEqualTo("The United States welcomed the truce proposal.");
    }

    @Test
    void blankLinesAreSkippedButCounted() throws IOException {
        List<ReadResult> results = readLines(APRIL_4, "", "   ",
                "{\"id\":\"k1\",\"text\":\"Kyiv said drones struck an energy plant overnight.\"}", "");

        assertThat(read(only(results)).origin()).isEqualTo(file() + ":3");
    }

    @Test
    void missingIdIsTheHashOfTheTextAndMissingDateTheDefault() throws IOException {
        String text = "Japan and the Philippines agreed to hold joint naval drills next month.";
        Article article = read(only(readLines(APRIL_4, "{\"text\":\"" + text + "\"}"))).article();

        assertThat(article.id()).isEqualTo(ArticleId.ofText(text));
        assertThat(article.date()).isEqualTo(APRIL_4);
    }

    @Test
    void missingDateWithoutDefaultIsRejected() throws IOException {
        ReadResult.Rejected rejected = rejected(only(readLines(null,
                "{\"id\":\"m1\",\"text\":\"Mali's junta expelled the French ambassador.\"}")));

        assertThat(rejected.reason()).isEqualTo("no date: add a \"date\" field or pass --date");
    }

    @Test
    void datesAreStrict() throws IOException {
        List<ReadResult> results = readLines(APRIL_4,
                "{\"date\":\"yesterday\",\"text\":\"Seoul protested the missile launch.\"}",
                "{\"date\":\"2024-4-4\",\"text\":\"Seoul protested the missile launch.\"}",
                "{\"date\":20240404,\"text\":\"Seoul protested the missile launch.\"}",
                "{\"date\":\"2024-02-29\",\"text\":\"Seoul protested the missile launch.\"}");

        assertThat(rejected(results.get(0)).reason()).isEqualTo("impossible date 'yesterday'");
        assertThat(rejected(results.get(1)).reason()).isEqualTo("impossible date '2024-4-4'");
        assertThat(rejected(results.get(2)).reason()).isEqualTo("impossible date '20240404'");
        assertThat(read(results.get(3)).article().date()).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void aLineThatIsNotAnObjectIsRejected() throws IOException {
        List<ReadResult> results = readLines(APRIL_4, "[{\"text\":\"Talks resumed.\"}]", "\"Talks resumed.\"", "42",
                "null");

        assertThat(results).extracting(r -> rejected(r).reason()).containsOnly("not a JSON object");
        assertThat(results).extracting(r -> rejected(r).line()).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void blankOrNonStringTextAndWronglyTypedFieldsAreRejected() throws IOException {
        List<ReadResult> results = readLines(APRIL_4,
                "{\"text\":\"   \"}",
                "{\"text\":null}",
                "{\"text\":17}",
                "{\"id\":[1],\"text\":\"Turkey closed the straits.\"}",
                "{\"title\":{\"en\":\"Straits\"},\"text\":\"Turkey closed the straits.\"}");

        assertThat(results).extracting(r -> rejected(r).reason()).containsExactly(
                "no text", "no text", "'text' must be a string, not a JSON number",
                "'id' must be a string or a number, not a JSON array",
                "'title' must be a string, not a JSON object");
    }

    @Test
    void trailingGarbageAndDuplicateFieldsAreBadJson() throws IOException {
        List<ReadResult> results = readLines(APRIL_4,
                "{\"text\":\"Oslo hosted the talks.\"} {\"text\":\"again\"}",
                "{\"text\":\"Oslo hosted the talks.\",\"text\":\"Bern hosted the talks.\"}");

        assertThat(rejected(results.get(0)).reason())
                .isEqualTo("bad JSON: more than one JSON value on the line (column 35)");
        assertThat(rejected(results.get(1)).reason()).isEqualTo("bad JSON: Duplicate field 'text' (column 40)");
    }

    @Test
    void escapedWindowsLineEndsInTheTextBecomeLineFeeds() throws IOException {
        Article article = read(only(readLines(APRIL_4,
                "{\"text\":\"Paris summoned the envoy.\\r\\nBerlin did not comment.\"}\r"))).article();

        assertThat(article.text()).isEqualTo("Paris summoned the envoy.\nBerlin did not comment.");
    }

    @Test
    void anInvalidUtf8LineIsRejectedAndTheNextLinesStillRead() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("{\"id\":\"b1\",\"text\":\"Bogot\u00e1 and Caracas reopened the border.\"}\n"
                .getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("{\"id\":\"b2\",\"text\":\"Bogot\u00e1 expelled two diplomats.\"}\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        bytes.writeBytes("{\"id\":\"b3\",\"text\":\"Quito called for calm.\"}".getBytes(StandardCharsets.UTF_8));
        Path file = Files.write(dir.resolve("news.jsonl"), bytes.toByteArray());

        List<ReadResult> results = all(new ArticleReader(APRIL_4).read(List.of(file.toString())));

        assertThat(results).hasSize(3);
        assertThat(read(results.get(0)).article().text()).startsWith("Bogot\u00e1 and Caracas");
        ReadResult.Rejected rejected = rejected(results.get(1));
        assertThat(rejected.line()).isEqualTo(2);
        assertThat(rejected.reason()).isEqualTo("not UTF-8: invalid byte sequence at byte 25");
        assertThat(read(results.get(2)).article().id()).isEqualTo("b3");
        assertThat(read(results.get(2)).origin()).endsWith("news.jsonl:3");
    }

    @Test
    void anEmptyFileYieldsNothing() throws IOException {
        Path file = Files.writeString(dir.resolve("empty.jsonl"), "");

        assertThat(all(new ArticleReader(APRIL_4).read(List.of(file.toString())))).isEmpty();
    }

    @Test
    void aLineLongerThanTheLimitIsRejectedAndReadingGoesOn() throws IOException {
        Path file = Files.writeString(dir.resolve("news.jsonl"),
                "{\"text\":\"" + "The ceasefire held. ".repeat(10) + "\"}\n{\"text\":\"Aid trucks entered.\"}\n");
        ArticleReader reader = new ArticleReader(APRIL_4, Files::newInputStream, 64);

        List<ReadResult> results = all(reader.read(List.of(file.toString())));

        assertThat(rejected(results.get(0)).reason()).isEqualTo("line longer than 64 bytes");
        assertThat(read(results.get(1)).article().text()).isEqualTo("Aid trucks entered.");
        assertThat(read(results.get(1)).origin()).endsWith(":2");
    }
}
