package org.dyad.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.LongAdder;
import org.dyad.nlp.PlainCoreNlp;

/** Times plain CoreNLP ({@link PlainCoreNlp}) on a corpus, with the same threads as the coder's run. */
public final class BaselineBenchmark {
    private BaselineBenchmark() {
    }

    /** Loads the baseline pipeline, then annotates every article of the corpus. */
    public static BaselineRun run(Corpus corpus, int threads) {
        long loading = System.nanoTime();
        PlainCoreNlp pipeline = new PlainCoreNlp();
        long loadNanos = System.nanoTime() - loading;
        LongAdder sentences = new LongAdder();
        LongAdder cpuNanos = new LongAdder();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        ParallelRun.Outcome outcome = ParallelRun.run(corpus.articles(), threads, article -> {
            long started = cpu.getCurrentThreadCpuTime();
            try {
                sentences.add(pipeline.annotate(article.text()));
            } finally {
                cpuNanos.add(cpu.getCurrentThreadCpuTime() - started);
            }
        });
        return new BaselineRun(threads, corpus.articles().size() - outcome.failed(), outcome.failed(),
                sentences.sum(), loadNanos, outcome.wallNanos(), cpuNanos.sum());
    }
}
