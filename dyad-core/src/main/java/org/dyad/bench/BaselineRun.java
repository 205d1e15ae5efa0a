package org.dyad.bench;

/**
 * What plain CoreNLP took on the same corpus.
 *
 * @param threads    threads that shared one pipeline
 * @param articles   articles annotated
 * @param failed     articles the pipeline failed on
 * @param sentences  sentences found
 * @param loadNanos  time to load its models
 * @param wallNanos  wall-clock time of annotating the corpus
 * @param cpuNanos   CPU time of the annotating threads
 */
public record BaselineRun(int threads, int articles, int failed, long sentences, long loadNanos, long wallNanos,
                          long cpuNanos) implements TimedRun {
    public BaselineRun {
        if (threads < 1 || wallNanos <= 0) {
            throw new IllegalArgumentException("a run has at least one thread and takes time");
        }
    }

    public double articlesPerCpuSecond() {
        return articles / (cpuNanos / 1e9);
    }
}
