package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad code} as a user runs it: real files, the real coder, output and exit codes. */
class CodeCommandTest {
    private static final Path EXAMPLE = Path.of("..", "examples", "2024-04-04-us-china-call.txt");
    private static final String VETO = "China and Russia vetoed a US draft resolution on Gaza on March 22, 2024.";

    @TempDir
    Path dir;

    @Test
    void tableOfTheExampleArticle() {
        CliRun run = CliRun.run("code", "--width", "160", EXAMPLE.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("date", "source", "CAMEO", "target", "modality", "evidence");
        assertThat(run.out()).containsPattern("2024-W14\\s+USAGOV\\s+041 Discuss by telephone\\s+CHNGOV\\s+asserted");
        assertThat(run.out()).containsPattern("2024-03-22\\s+RUS\\s+129 Veto");
        assertThat(run.out().lines()).allMatch(line -> line.length() <= 160);
        assertThat(run.err()).contains("1 articles read, 1 coded, 0 rejected");
    }

    @Test
    void jsonLinesFollowTheEventRecordContract() throws IOException {
        CliRun run = CliRun.run("code", "--format", "jsonl", EXAMPLE.toString());
        assertThat(run.exit()).isZero();
        ObjectMapper mapper = new ObjectMapper();
        List<String> lines = run.lines();
        assertThat(lines).hasSizeGreaterThan(5);
        for (String line : lines) {
            JsonNode event = mapper.readTree(line);
            assertThat(event.fieldNames()).toIterable().contains("id", "article", "sentence", "evidence", "source",
                    "target", "cameo", "root", "quad_class", "goldstein", "plover", "modality", "date", "location",
                    "confidence", "rule");
            assertThat(event.get("article").fieldNames()).toIterable().contains("id", "date", "source", "url");
            assertThat(event.get("source").fieldNames()).toIterable()
                    .contains("text", "name", "code", "country", "sectors", "span");
            assertThat(event.get("date").fieldNames()).toIterable()
                    .contains("value", "start", "end", "precision", "text", "basis");
            assertThat(event.get("plover").fieldNames()).toIterable().contains("event", "mode");
            assertThat(event.get("cameo").asText()).startsWith(event.get("root").asText());
            assertThat(event.get("modality").asText()).isIn("asserted", "negated", "hypothetical", "future");
            assertThat(event.get("article").get("date").asText()).isEqualTo("2024-04-04");
        }
        JsonNode sullivan = lines.stream().map(line -> read(mapper, line))
                .filter(e -> e.get("source").get("name").asText().equals("Jake Sullivan")).findFirst().orElseThrow();
        assertThat(sullivan.get("location").get("name").asText()).isEqualTo("Bangkok");
        assertThat(sullivan.get("location").get("lat").asDouble()).isBetween(13.0, 14.5);
        assertThat(sullivan.get("quad_class").asInt()).isEqualTo(1);
        String text = Files.readString(EXAMPLE).strip().replaceFirst("^date 2024-04-04\\s+", "");
        JsonNode span = sullivan.get("source").get("span");
        assertThat(text.substring(span.get(0).asInt(), span.get(1).asInt())).contains("Jake Sullivan");
    }

    @Test
    void badRecordsAreReportedAndTheRestIsCoded() throws IOException {
        Path jsonl = dir.resolve("news.jsonl");
        Files.writeString(jsonl, String.join("\n",
                "{\"id\": \"a1\", \"date\": \"2024-03-23\", \"title\": \"Veto\", \"text\": \"" + VETO + "\"}",
                "{\"id\": \"a2\", \"date\": \"2024-03-23\", \"text\": ",
                "{\"id\": \"a3\", \"date\": \"2024-03-23\", \"title\": \"Empty\"}",
                "{\"id\": \"a4\", \"date\": \"2024-02-30\", \"text\": \"" + VETO + "\"}",
                "{\"id\": \"a5\", \"date\": \"2024-03-23\", \"text\": \"Iran condemned the Israeli strike on its consulate in Damascus.\"}"));
        CliRun run = CliRun.run("code", "--format", "jsonl", jsonl.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.err()).contains("news.jsonl:2: bad JSON");
        assertThat(run.err()).contains("news.jsonl:3: no text");
        assertThat(run.err()).contains("news.jsonl:4: impossible date '2024-02-30'");
        assertThat(run.err()).contains("2 articles read, 2 coded, 3 rejected");
        assertThat(run.lines()).anyMatch(line -> line.contains("\"id\":\"a1-0-"));
        assertThat(run.lines()).anyMatch(line -> line.contains("\"id\":\"a5-0-"));
    }

    @Test
    void notUtf8IsRejectedWithItsFile() throws IOException {
        Path bad = dir.resolve("latin1.txt");
        Files.write(bad, "date 2024-03-23\nLe pr\u00e9sident a rencontr\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        Path good = dir.resolve("good.txt");
        Files.writeString(good, "date 2024-03-23\n" + VETO);
        CliRun run = CliRun.run("code", bad.toString(), good.toString());
        assertThat(run.err()).contains("latin1.txt").contains("not UTF-8");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("129 Veto");
    }

    @Test
    void nothingCodedExitsNonZero() throws IOException {
        Path undated = dir.resolve("undated.txt");
        Files.writeString(undated, VETO);
        CliRun run = CliRun.run("code", undated.toString(), dir.resolve("missing.jsonl").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("undated.txt").contains("no date");
        assertThat(run.err()).contains("missing.jsonl");
        assertThat(run.err()).contains("0 articles read, 0 coded, 2 rejected");
    }

    @Test
    void dateOptionDatesUndatedTextAndStandardInput() {
        byte[] text = VETO.getBytes(StandardCharsets.UTF_8);
        CliRun run = CliRun.run(new ByteArrayInputStream(text), "code", "--format", "jsonl", "--date", "2024-03-23", "-");
        assertThat(run.exit()).isZero();
        assertThat(run.lines()).isNotEmpty().allMatch(line -> line.contains("\"date\":\"2024-03-23\""));
        assertThat(run.lines()).anyMatch(line -> line.contains("\"cameo\":\"129\""));
    }

    @Test
    void directoriesAreReadRecursively() throws IOException {
        Path nested = Files.createDirectories(dir.resolve("2024").resolve("03"));
        Files.writeString(nested.resolve("veto.txt"), "date 2024-03-23\n" + VETO);
        Files.writeString(dir.resolve("notes.md"), "not an article");
        CliRun run = CliRun.run("code", "--format", "jsonl", dir.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.err()).contains("1 articles read, 1 coded, 0 rejected");
        assertThat(run.lines()).anyMatch(line -> line.contains("\"id\":\"veto-0-"));
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(CliRun.run("code").exit()).isEqualTo(2);
        assertThat(CliRun.run("code", "--format", "xml", EXAMPLE.toString()).exit()).isEqualTo(2);
        assertThat(CliRun.run("code", "--date", "yesterday", EXAMPLE.toString()).exit()).isEqualTo(2);
    }

    private static JsonNode read(ObjectMapper mapper, String line) {
        try {
            return mapper.readTree(line);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }
}
