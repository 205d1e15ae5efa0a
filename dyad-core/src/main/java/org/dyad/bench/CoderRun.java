package org.dyad.bench;

/**
 * What coding a corpus took.
 *
 * @param threads         threads that shared one coder
 * @param articles        articles coded
 * @param failed          articles the coder failed on
 * @param sentences       sentences analysed
 * @param parsedSentences sentences the dependency parser ran on
 * @param tokens          tokens analysed
 * @param events          events coded
 * @param eventDigest     an order-independent digest of every event record, equal across runs that coded the
 *                        same events whatever the number of threads
 * @param wallNanos       wall-clock time of analysis and coding together
 * @param analysisNanos   time in linguistic analysis, summed over threads
 * @param codingNanos     time in the coder's own stages, summed over threads
 * @param analysisCpuNanos CPU time of the coding threads in analysis: unlike wall-clock time, it does not grow
 *                        when other programs share the machine
 * @param codingCpuNanos  CPU time of the coding threads in the coder's own stages
 */
public record CoderRun(int threads, int articles, int failed, long sentences, long parsedSentences, long tokens,
                       long events, String eventDigest, long wallNanos, long analysisNanos, long codingNanos,
                       long analysisCpuNanos, long codingCpuNanos) implements TimedRun {
    public CoderRun {
        if (threads < 1 || wallNanos <= 0) {
            throw new IllegalArgumentException("a run has at least one thread and takes time");
        }
    }

    public double tokensPerSecond() {
        return tokens / seconds();
    }

    /** Articles per second of CPU time of the coding threads: the throughput of one core with nothing else on it. */
    public double articlesPerCpuSecond() {
        return articles / ((analysisCpuNanos + codingCpuNanos) / 1e9);
    }
}
