package org.dyad.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.dyad.article.Article;
import org.dyad.coder.CodedArticle;
import org.dyad.coder.Coder;
import org.dyad.nlp.Doc;
import org.dyad.output.EventJson;

/**
 * Codes a corpus with one shared {@link Coder} on several threads and measures it: throughput, the time of
 * analysis and of the coder's own stages, and a digest of the events that shows a parallel run codes exactly
 * what a single thread codes.
 */
public final class CoderBenchmark {
    private final Coder coder;
    private final EventJson json = new EventJson();

    public CoderBenchmark(Coder coder) {
        this.coder = coder;
    }

    public CoderRun run(Corpus corpus, int threads) {
        LongAdder sentences = new LongAdder();
        LongAdder parsed = new LongAdder();
        LongAdder tokens = new LongAdder();
        LongAdder events = new LongAdder();
        LongAdder analysis = new LongAdder();
        LongAdder coding = new LongAdder();
        LongAdder analysisCpu = new LongAdder();
        LongAdder codingCpu = new LongAdder();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        AtomicLong digest = new AtomicLong();
        ParallelRun.Outcome outcome = ParallelRun.run(corpus.articles(), threads, article -> {
            long startedCpu = cpu.getCurrentThreadCpuTime();
            long started = System.nanoTime();
            Doc doc = coder.annotate(article.text());
            long analysed = System.nanoTime();
            long analysedCpu = cpu.getCurrentThreadCpuTime();
            CodedArticle coded = coder.code(article, doc);
            coding.add(System.nanoTime() - analysed);
            codingCpu.add(cpu.getCurrentThreadCpuTime() - analysedCpu);
            analysis.add(analysed - started);
            analysisCpu.add(analysedCpu - startedCpu);
            sentences.add(coded.sentences());
            tokens.add(coded.tokens());
            parsed.add(doc.sentences().stream().filter(sentence -> !sentence.graph().isEmpty()).count());
            events.add(coded.events().size());
            // a sum of per-event hashes does not depend on the order in which threads finish
            coded.events().forEach(event -> digest.addAndGet(hash(json.toJson(event))));
        });
        return new CoderRun(threads, corpus.articles().size() - outcome.failed(), outcome.failed(), sentences.sum(),
                parsed.sum(), tokens.sum(), events.sum(), HexFormat.of().toHexDigits(digest.get()),
                outcome.wallNanos(), analysis.sum(), coding.sum(), analysisCpu.sum(), codingCpu.sum());
    }

    /** Codes a few articles untimed, so the measured run does not pay for the first, cold calls. */
    public void warmUp(Corpus corpus, int articles) {
        corpus.articles().stream().limit(Math.max(0, articles)).forEach(this::codeQuietly);
    }

    private void codeQuietly(Article article) {
        try {
            coder.code(article);
        } catch (RuntimeException ignored) {
            // the measured run counts failures; warming up only needs the code paths taken
        }
    }

    private static long hash(String text) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            long value = 0;
            for (int i = 0; i < Long.BYTES; i++) {
                value = value << 8 | (sha[i] & 0xff);
            }
            return value;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
