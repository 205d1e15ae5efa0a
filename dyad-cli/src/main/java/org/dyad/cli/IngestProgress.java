package org.dyad.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The progress of an ingest on standard error: on a terminal one line redrawn in place (carriage return) a few
 * times a second; in a log, a plain line every ten seconds. Messages (a rejected record, a failed article) go
 * on lines of their own, above the progress line.
 */
final class IngestProgress {
    private static final long TERMINAL_EVERY = 200_000_000L;
    private static final long PLAIN_EVERY = 10_000_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final LongSupplier clock;
    private final long started;
    private long shownAt;
    private int shownWidth;
    private String last = "";

    /**
     * @param terminal whether standard error is a terminal that understands a carriage return
     * @param clock    nanoseconds, as {@link System#nanoTime()}
     */
    IngestProgress(PrintWriter err, boolean terminal, LongSupplier clock) {
        this.err = err;
        this.terminal = terminal;
        this.clock = clock;
        this.started = clock.getAsLong();
        this.shownAt = started;
    }

    /** Whether the launcher said standard error is a terminal ({@code -Ddyad.stderr.terminal=true}). */
    static boolean stderrIsTerminal() {
        return Boolean.parseBoolean(System.getProperty("dyad.stderr.terminal"));
    }

    /** Seconds since the ingest started. */
    double seconds() {
        return (clock.getAsLong() - started) / 1e9;
    }

    /** Shows the counts if the last showing is old enough. */
    void update(long records, long coded, long failed, long events, long mentions) {
        long now = clock.getAsLong();
        if (now - shownAt < (terminal ? TERMINAL_EVERY : PLAIN_EVERY)) {
            return;
        }
        shownAt = now;
        double seconds = (now - started) / 1e9;
        last = String.format(Locale.ROOT, "ingest: %,d records (%.1f/s), %,d coded, %,d failed; %,d events,"
                + " %,d mentions; %s", records, seconds > 0 ? records / seconds : 0.0, coded, failed, events,
                mentions, clockTime(seconds));
        if (terminal) {
            draw(last);
        } else {
            err.println(last);
        }
        err.flush();
    }

    /** A line of its own; on a terminal the progress line is redrawn under it. */
    void message(String text) {
        if (terminal && shownWidth > 0) {
            clear();
            err.println(text);
            draw(last);
        } else {
            err.println(text);
        }
        err.flush();
    }

    /** Ends the progress line so the summary starts on a line of its own. */
    void finish() {
        if (terminal && shownWidth > 0) {
            err.println();
            shownWidth = 0;
        }
        err.flush();
    }

    private void draw(String line) {
        // Pad over what a longer earlier line left behind.
        err.print("\r" + line + " ".repeat(Math.max(0, shownWidth - line.length())));
        shownWidth = line.length();
    }

    private void clear() {
        err.print("\r" + " ".repeat(shownWidth) + "\r");
    }

    private static String clockTime(double seconds) {
        long whole = (long) seconds;
        return String.format(Locale.ROOT, "%d:%02d:%02d", whole / 3600, whole / 60 % 60, whole % 60);
    }
}
