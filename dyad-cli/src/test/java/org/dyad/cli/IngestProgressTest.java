package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress line: redrawn in place on a terminal, plain periodic lines in a log; the clock is the test's. */
class IngestProgressTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void onATerminalOneLineIsRedrawnAndMessagesGoAboveIt() {
        StringWriter text = new StringWriter();
        AtomicLong clock = new AtomicLong();
        IngestProgress progress = new IngestProgress(new PrintWriter(text), true, clock::get);
        clock.set(SECOND);
        progress.update(100, 98, 1, 950, 1200);
        progress.update(101, 99, 1, 960, 1210);
        progress.message("rejected news.jsonl:4: impossible date '2024-02-30'");
        clock.set(2 * SECOND);
        progress.update(200, 197, 1, 1900, 2400);
        progress.finish();
        String shown = text.toString();
        assertThat(shown).startsWith("\ringest: 100 records (100.0/s), 98 coded, 1 failed; 950 events, 1,200 mentions;"
                + " 0:00:01");
        // The second update came too soon after the first to be drawn.
        assertThat(shown).doesNotContain("101 records");
        assertThat(shown).contains("\rrejected news.jsonl:4: impossible date '2024-02-30'" + System.lineSeparator()
                + "\ringest: 100 records");
        assertThat(shown).contains("\ringest: 200 records (100.0/s), 197 coded").endsWith(System.lineSeparator());
        assertThat(shown.split(System.lineSeparator(), -1)).hasSize(3);
    }

    @Test
    void inALogAPlainLineIsWrittenEveryTenSeconds() {
        StringWriter text = new StringWriter();
        AtomicLong clock = new AtomicLong();
        IngestProgress progress = new IngestProgress(new PrintWriter(text), false, clock::get);
        for (int second = 1; second <= 25; second++) {
            clock.set(second * SECOND);
            progress.update(second * 10L, second * 10L, 0, second * 90L, second * 100L);
        }
        progress.message("failed news.jsonl:7: java.lang.IllegalStateException: no sentences");
        progress.finish();
        assertThat(text.toString()).doesNotContain("\r");
        assertThat(text.toString().lines().toList()).containsExactly(
                "ingest: 100 records (10.0/s), 100 coded, 0 failed; 900 events, 1,000 mentions; 0:00:10",
                "ingest: 200 records (10.0/s), 200 coded, 0 failed; 1,800 events, 2,000 mentions; 0:00:20",
                "failed news.jsonl:7: java.lang.IllegalStateException: no sentences");
    }
}
