package org.dyad.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dyad.article.ArticleReader;
import org.dyad.article.ReadResult;
import org.dyad.coder.Coder;
import org.dyad.output.EventJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * The job on a real local Spark (two threads): a JSONL file of news with a broken line, a record without text
 * and a blank line, and a gzipped web archive with an English and a German page, coded once, then checked
 * against the core coder run directly on the same files, as {@code dyad code --format jsonl} runs it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CodeJobTest {
    private static final LocalDate DEFAULT_DATE = LocalDate.of(2024, 4, 12);
    private static final Instant CRAWLED = Instant.parse("2024-04-15T06:30:00Z");
    private static final String STORY = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<meta property=\"article:published_time\" content=\"2024-04-14T21:05:00+00:00\">"
            + "<title>Iran launches drones at Israel | Example News</title></head><body>"
            + "<nav><a href=\"/world\">World</a> <a href=\"/middle-east\">Middle East</a></nav><article>"
            + "<h1>Iran launches drones at Israel</h1>"
            + "<p>Iran launched more than 300 drones and missiles at Israel on Saturday night, the Israeli military "
            + "said. Jordan intercepted several drones over its territory.</p>"
            + "<p>The United Nations Secretary-General condemned the attack and urged both countries to show "
            + "restraint.</p></article><footer>Cookies help us deliver our services.</footer></body></html>";
    private static final String GERMAN = "<html lang=\"de\"><body><article><p>Der kenianische Präsident William "
            + "Ruto hat am Dienstag in Nairobi den äthiopischen Ministerpräsidenten Abiy Ahmed getroffen, um über den "
            + "Streit um den Nil-Staudamm zu sprechen. Beide Politiker erklärten, sie hätten sich auf einen "
            + "gemeinsamen Ausschuss geeinigt, der den Regierungen beider Länder berichten soll.</p></article>"
            + "</body></html>";

    private Path dir;
    private SparkSession spark;
    private Path in;
    private Path out;
    private int exit;
    private String printed;
    private List<String> core;

    @BeforeAll
    void codeTheCorpusOnce(@TempDir Path tempDir) throws IOException {
        dir = tempDir;
        spark = SparkSession.builder().master("local[2]").appName("CodeJobTest")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                // blocks of 512 bytes: the JSONL file is split across tasks, as a big file is on a cluster
                .config("spark.sql.files.maxPartitionBytes", "512")
                .getOrCreate();
        in = Files.createDirectories(dir.resolve("in"));
        try (InputStream news = CodeJobTest.class.getResourceAsStream("news.jsonl")) {
            Files.copy(news, in.resolve("news.jsonl"));
        }
        writeCrawl(Files.createDirectories(in.resolve("crawl")).resolve("pages.warc.gz"));
        out = dir.resolve("out");
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        try {
            exit = CodeJob.run(spark, "--in", in.toString(), "--out", out.toString(), "--date",
                    DEFAULT_DATE.toString(), "--partitions", "3");
        } finally {
            System.setOut(original);
        }
        printed = stdout.toString(StandardCharsets.UTF_8);
        core = coreLines();
    }

    @AfterAll
    void stop() {
        spark.stop();
    }

    private static void writeCrawl(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
             WarcWriter writer = new WarcWriter(channel, WarcCompression.GZIP)) {
            writer.write(response("https://news.example.org/middle-east/iran-drones", STORY));
            writer.write(response("https://nachrichten.example.de/ruto-abiy", GERMAN));
        }
    }

    private static WarcResponse response(String url, String html) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK")
                .body(MediaType.HTML_UTF8, html.getBytes(StandardCharsets.UTF_8)).build();
        return new WarcResponse.Builder(url).date(CRAWLED).body(http).build();
    }

    /** What dyad code --format jsonl prints for the same input: the core reader and coder, no Spark. */
    private List<String> coreLines() {
        Coder coder = CoderHolder.coder();
        EventJson json = new EventJson();
        List<String> lines = new ArrayList<>();
        try (Stream<ReadResult> results = new ArticleReader(DEFAULT_DATE).read(List.of(in.toString()))) {
            results.forEach(result -> {
                if (result instanceof ReadResult.Read read) {
                    coder.code(read.article()).events().forEach(event -> lines.add(json.toJson(event)));
                }
            });
        }
        return lines;
    }

    private Dataset<Row> table(String name) {
        return spark.read().parquet(out.resolve(name).toString());
    }

    private static List<String> strings(Dataset<Row> rows) {
        return rows.collectAsList().stream().map(row -> row.getString(0)).sorted().toList();
    }

    @Test
    void theEventsJsonIsExactlyWhatTheCoreCoderGivesForTheSameArticles() {
        List<String> expected = core.stream().sorted().toList();

        assertThat(exit).isZero();
        assertThat(expected).hasSizeGreaterThan(5);
        assertThat(strings(table("events").select("json"))).isEqualTo(expected);
        Set<String> articles = Set.copyOf(strings(table("events").select("article_id").distinct()));
        assertThat(articles).contains("ruto-abiy-nile", "un-gaza-vote", "japan-philippines-pact", "kharkiv-drones");
        assertThat(printed).contains("5 articles read, 5 coded, 3 rejected, 0 failed, " + expected.size() + " events");
    }

    @Test
    void theFlatColumnsAgreeWithTheJsonRecordAndTheMonthIsThatOfTheEventsStart() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<Row> rows = table("events").collectAsList();
        for (Row row : rows) {
            JsonNode json = mapper.readTree(row.<String>getAs("json"));
            assertThat(row.<String>getAs("event_id")).isEqualTo(json.get("id").asText());
            assertThat(row.<String>getAs("cameo")).isEqualTo(json.get("cameo").asText());
            assertThat(row.<String>getAs("source_code")).isEqualTo(json.get("source").get("code").textValue());
            assertThat(row.<Integer>getAs("quad_class")).isEqualTo(json.get("quad_class").asInt());
            assertThat(row.<Integer>getAs("mention_count")).isEqualTo(json.get("mentions").size());
            assertThat(row.<java.sql.Date>getAs("date_start").toLocalDate().toString())
                    .isEqualTo(json.get("date").get("start").asText());
            assertThat(row.<String>getAs("month")).isEqualTo(json.get("date").get("start").asText().substring(0, 7));
        }
        Set<String> months = rows.stream().map(row -> row.<String>getAs("month")).collect(Collectors.toSet());
        assertThat(months).contains("2024-03", "2024-04");
        for (String month : months) {
            assertThat(out.resolve("events").resolve("month=" + month)).isDirectory();
            assertThat(out.resolve("mentions").resolve("month=" + month)).isDirectory();
        }
    }

    @Test
    void everyMentionJoinsItsEventAndTheyCountAsTheEventsSay() {
        Dataset<Row> events = table("events");
        Dataset<Row> mentions = table("mentions");

        long unmatched = mentions.join(events, mentions.col("event_id").equalTo(events.col("event_id"))
                .and(mentions.col("month").equalTo(events.col("month"))), "left_anti").count();
        long counted = events.agg(org.apache.spark.sql.functions.sum("mention_count")).first().getLong(0);

        assertThat(mentions.count()).isPositive().isEqualTo(counted);
        assertThat(unmatched).isZero();
    }

    @Test
    void theRejectsNameTheBadLinesAndRecordsWithTheirReasons() {
        Map<String, Row> byPlace = table("rejects").collectAsList().stream().collect(Collectors.toMap(
                row -> Path.of(java.net.URI.create(row.<String>getAs("file"))).getFileName() + ":"
                        + row.<Long>getAs("line"),
                row -> row));

        assertThat(byPlace).containsOnlyKeys("news.jsonl:3", "news.jsonl:4", "pages.warc.gz:2");
        assertThat(byPlace.get("news.jsonl:3").<String>getAs("reason")).startsWith("bad JSON: ");
        assertThat(byPlace.get("news.jsonl:4").<String>getAs("reason")).isEqualTo("no text");
        assertThat(byPlace.get("pages.warc.gz:2").<String>getAs("reason")).startsWith("not in English");
        assertThat(byPlace.values()).allSatisfy(row -> assertThat(row.<String>getAs("kind")).isEqualTo("read"));
    }

    @Test
    void anExistingOutputIsKeptUnlessOverwriteIsAskedForAndBadUsageSaysHow() {
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        int again;
        int noOut;
        int badDate;
        int noTasks;
        try {
            again = CodeJob.run(spark, "--in", in.toString(), "--out", out.toString());
            noOut = CodeJob.run(spark, "--in", in.toString());
            badDate = CodeJob.run(spark, "--in", in.toString(), "--out", out.toString(), "--date", "2024-02-30");
            noTasks = CodeJob.run(spark, "--in", in.toString(), "--out", dir.resolve("other").toString(),
                    "--partitions", "0");
        } finally {
            System.setErr(original);
        }

        assertThat(List.of(again, noOut, badDate, noTasks)).containsOnly(2);
        assertThat(stderr.toString(StandardCharsets.UTF_8))
                .contains("exists; pass --overwrite")
                .contains("Missing required option: '--out=PATH'")
                .contains("spark-submit --class org.dyad.spark.CodeJob")
                .contains("'2024-02-30'")
                .contains("--partitions must be at least 1");
        assertThat(dir.resolve("other")).doesNotExist();
    }

    @Test
    void sameEventsFindsTheJobsEventsEqualToTheCoreOnesAndShowsAnyDifference() throws IOException {
        Path same = Files.write(dir.resolve("same.jsonl"), core);
        List<String> changed = new ArrayList<>(core.subList(1, core.size()));
        changed.add(core.get(0).replaceFirst("\"id\":\"", "\"id\":\"changed-"));
        Path different = Files.write(dir.resolve("different.jsonl"), changed);

        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        int equal;
        int unequal;
        String equalReport;
        try {
            equal = SameEvents.run(spark, "--parquet", out.resolve("events").toString(), "--jsonl", same.toString());
            equalReport = stdout.toString(StandardCharsets.UTF_8);
            unequal = SameEvents.run(spark, "--parquet", out.resolve("events").toString(), "--jsonl",
                    different.toString());
        } finally {
            System.setOut(original);
        }
        String unequalReport = stdout.toString(StandardCharsets.UTF_8).substring(equalReport.length());

        assertThat(equal).isZero();
        assertThat(equalReport).contains("in both: " + core.size()).contains("only in Parquet: 0")
                .contains("only in JSONL: 0");
        assertThat(unequal).isEqualTo(1);
        assertThat(unequalReport).contains("in both: " + (core.size() - 1)).contains("only in Parquet: 1")
                .contains("only in JSONL: 1").contains(core.get(0));
    }
}
