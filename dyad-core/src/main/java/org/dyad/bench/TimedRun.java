package org.dyad.bench;

/** A run over a corpus timed by the wall clock, and the throughput that follows from its counts. */
public interface TimedRun {
    /** Articles processed. */
    int articles();

    /** Sentences found in them. */
    long sentences();

    /** Wall-clock time of the run. */
    long wallNanos();

    default double seconds() {
        return wallNanos() / 1e9;
    }

    default double articlesPerSecond() {
        return articles() / seconds();
    }

    default double sentencesPerSecond() {
        return sentences() / seconds();
    }
}
