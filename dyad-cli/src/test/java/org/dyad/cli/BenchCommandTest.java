package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad bench} on a small corpus: every figure is printed, empty texts are skipped, threads code the same. */
class BenchCommandTest {
    private static final Pattern DIGEST = Pattern.compile("events: (\\d+) \\(digest ([0-9a-f]+)\\)");

    @TempDir
    Path dir;

    private Path corpus() throws IOException {
        String lines = String.join("\n",
                "{\"id\":\"a\",\"date\":\"2024-03-22\",\"title\":\"Veto\",\"text\":\"China and Russia vetoed a US draft "
                        + "resolution on Gaza on Friday. The vote followed weeks of talks.\"}",
                "{\"id\":\"b\",\"date\":\"2024-03-22\",\"title\":\"Empty\",\"text\":\"\"}",
                "{\"id\":\"c\",\"date\":\"2024-03-19\",\"title\":\"Summit\",\"text\":\"Kenyan President William Ruto met "
                        + "Ethiopian Prime Minister Abiy Ahmed in Nairobi on Tuesday. It rained all day.\"}",
                "{\"id\":\"d\",\"date\":\"2024-03-18\",\"title\":\"Strike\",\"text\":\"Israel attacked Hezbollah positions "
                        + "in southern Lebanon, the Israeli army said.\"}");
        return Files.writeString(dir.resolve("news.jsonl"), lines + "\n", StandardCharsets.UTF_8);
    }

    @Test
    void printsEveryFigureAndSkipsTheEmptyText() throws IOException {
        CliRun run = CliRun.run("bench", "--corpus", corpus().toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("3 articles (1 empty skipped, 0 rejected), 1 thread")
                .contains("models and knowledge loaded in")
                .containsPattern("coded in [\\d.]+ s: [\\d.]+ articles/s, [\\d.]+ sentences/s, \\d+ tokens/s \\(5 sentences")
                .contains("dependency parser ran on 3 of 5 sentences")
                .containsPattern("read [\\d.]+ s \\([\\d.]+%\\), analysis [\\d.]+ s \\([\\d.]+%\\), coding [\\d.]+ s")
                .containsPattern("peak heap: [\\d,]+ MiB in use, [\\d,]+ MiB after collections");
        assertThat(digest(run)).isNotEqualTo("0");
    }

    @Test
    void twoThreadsCodeExactlyWhatOneCodes() throws IOException {
        Path news = corpus();
        String one = digest(CliRun.run("bench", "--corpus", news.toString(), "--threads", "1"));
        String two = digest(CliRun.run("bench", "--corpus", news.toString(), "--threads", "2"));
        String everyParse = digest(CliRun.run("bench", "--corpus", news.toString(), "--threads", "2", "--parse-all"));
        assertThat(two).isEqualTo(one);
        assertThat(everyParse).isEqualTo(one);
    }

    @Test
    void limitAndBadUsage() throws IOException {
        assertThat(CliRun.run("bench", "--corpus", corpus().toString(), "--limit", "1").out())
                .contains("1 articles (0 empty skipped, 0 rejected)");
        assertThat(CliRun.run("bench", "--corpus", dir.resolve("missing.jsonl").toString()).exit()).isEqualTo(2);
        assertThat(CliRun.run("bench", "--corpus", corpus().toString(), "--threads", "0").exit()).isEqualTo(2);
    }

    private static String digest(CliRun run) {
        Matcher matcher = DIGEST.matcher(run.out());
        assertThat(matcher.find()).as(run.out() + run.err()).isTrue();
        assertThat(Integer.parseInt(matcher.group(1))).isPositive();
        return matcher.group(2);
    }
}
