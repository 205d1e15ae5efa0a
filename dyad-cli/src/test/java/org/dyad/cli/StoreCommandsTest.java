package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dyad ingest}, {@code relations}, {@code top}, {@code export} and {@code sql} as a user runs them: news
 * written for the test, the real coder, a DuckDB file in a temporary directory.
 */
class StoreCommandsTest {

    @TempDir
    Path dir;

    private Path news() throws IOException {
        Path jsonl = dir.resolve("news.jsonl");
        Files.writeString(jsonl, String.join("\n",
                "{\"id\": \"r1\", \"date\": \"2024-03-22\", \"source\": \"Reuters\", \"text\": "
                        + "\"China and Russia vetoed a US draft resolution on Gaza on Friday.\"}",
                "{\"id\": \"a1\", \"date\": \"2024-03-23\", \"source\": \"AP\", \"text\": "
                        + "\"Russia vetoed the US resolution on Gaza on March 22, 2024.\"}",
                "{\"id\": \"bad\", \"date\": \"2024-02-30\", \"text\": \"Nothing.\"}",
                "{\"id\": \"c1\", \"date\": \"2024-04-04\", \"source\": \"AFP\", \"text\": "
                        + "\"US President Joe Biden and Chinese President Xi Jinping talked on the phone on Tuesday.\"}"));
        return jsonl;
    }

    @Test
    void ingestTwiceStoresEverythingOnceAndTheCommandsReadIt() throws IOException, SQLException {
        Path news = news();
        String db = dir.resolve("dyad.duckdb").toString();
        CliRun first = CliRun.run("ingest", "--db", db, news.toString());
        assertThat(first.exit()).isZero();
        assertThat(first.err()).contains("news.jsonl:3: impossible date '2024-02-30'");
        assertThat(first.err()).contains("4 records read, 3 articles coded, 0 skipped (already stored), 1 rejected");
        CliRun sqlBefore = CliRun.run("sql", "--db", db, "SELECT count(*) AS events, sum(mention_count) AS mentions FROM events");
        CliRun second = CliRun.run("ingest", "--db", db, news.toString());
        assertThat(second.err()).contains("0 articles coded, 3 skipped (already stored)");
        CliRun sqlAfter = CliRun.run("sql", "--db", db, "SELECT count(*) AS events, sum(mention_count) AS mentions FROM events");
        assertThat(sqlAfter.out()).isEqualTo(sqlBefore.out()).startsWith("events\tmentions\n");

        // Reuters' and AP's reports of Russia's veto are one event with two articles.
        CliRun veto = CliRun.run("sql", "--db", db, "SELECT article_count FROM events WHERE source_code = 'RUS'"
                + " AND cameo LIKE '12%'");
        assertThat(veto.out().lines().skip(1).toList()).containsExactly("2");

        CliRun relations = CliRun.run("relations", "USA", "CHN", "--by", "month", "--db", db);
        assertThat(relations.exit()).isZero();
        assertThat(relations.out()).contains("USA <-> CHN").containsPattern("2024-04\\s+2\\s+2\\s+0\\s+0\\s+0");

        CliRun top = CliRun.run("top", "codes", "--db", db, "--limit", "3");
        assertThat(top.out()).contains("events").containsPattern("12\\d\\s+\\d+\\s+\\d+\\s+\\w");

        Path parquet = dir.resolve("events.parquet");
        assertThat(CliRun.run("export", "--format", "parquet", "--out", parquet.toString(), "--db", db).exit()).isZero();
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
             ResultSet rows = duck.createStatement().executeQuery("SELECT count(*) FROM '" + parquet + "'")) {
            rows.next();
            assertThat(rows.getLong(1)).isEqualTo(Long.parseLong(sqlAfter.out().lines().skip(1).findFirst()
                    .orElseThrow().split("\t")[0]));
        }
        Path mentions = dir.resolve("mentions.tsv");
        CliRun gdelt = CliRun.run("export", "--format", "gdelt", "--mentions", mentions.toString(), "--db", db);
        assertThat(gdelt.out().lines().toList()).isNotEmpty()
                .allSatisfy(line -> assertThat(line.split("\t", -1)).hasSize(61));
        assertThat(Files.readAllLines(mentions)).allSatisfy(line -> assertThat(line.split("\t", -1)).hasSize(16));
        CliRun jsonl = CliRun.run("export", "--format", "jsonl", "--actor", "RUS", "--db", db);
        assertThat(jsonl.out().lines().toList()).isNotEmpty().allMatch(line -> line.startsWith("{\"id\":"));

        CliRun refused = CliRun.run("sql", "--db", db, "DROP TABLE events");
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("only SELECT and WITH");
    }

    @Test
    void ingestOnThreeThreadsStoresWhatOneThreadStores() throws IOException {
        Path news = news();
        String one = dir.resolve("one.duckdb").toString();
        String three = dir.resolve("three.duckdb").toString();
        assertThat(CliRun.run("ingest", "--db", one, news.toString()).exit()).isZero();
        CliRun parallel = CliRun.run("ingest", "--threads", "3", "--db", three, news.toString());
        assertThat(parallel.exit()).isZero();
        assertThat(parallel.err()).contains("4 records read, 3 articles coded, 0 skipped (already stored), 1 rejected")
                .doesNotContain("\r");
        // Stored in input order: each event has the same first article and counts (ids may be numbered apart).
        String events = "SELECT first_article_id, dedup_key, cameo, mention_count, article_count FROM events"
                + " ORDER BY 1, 2, 3";
        assertThat(CliRun.run("sql", "--db", three, events).out()).isEqualTo(CliRun.run("sql", "--db", one, events).out())
                .contains("\nr1\t");
        String articles = "SELECT id, status, event_count FROM articles ORDER BY id";
        assertThat(CliRun.run("sql", "--db", three, articles).out()).isEqualTo(CliRun.run("sql", "--db", one, articles).out());
        CliRun none = CliRun.run("ingest", "--threads", "0", "--db", three, news.toString());
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("--threads must be 1 or more");
    }

    @Test
    void aStoreThatIsNotThereIsNamed() {
        CliRun run = CliRun.run("relations", "USA", "CHN", "--db", dir.resolve("missing.duckdb").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("no store at").contains("missing.duckdb");
        assertThat(List.of(CliRun.run("top", "nonsense").exit())).containsExactly(2);
    }
}
