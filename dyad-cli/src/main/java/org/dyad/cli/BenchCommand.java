package org.dyad.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.dyad.bench.BaselineBenchmark;
import org.dyad.bench.BaselineRun;
import org.dyad.bench.CoderBenchmark;
import org.dyad.bench.CoderRun;
import org.dyad.bench.Corpus;
import org.dyad.bench.HeapWatch;
import org.dyad.coder.Coder;
import org.dyad.nlp.PlainCoreNlp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyad bench}: the throughput of the whole pipeline on a corpus, and optionally of plain CoreNLP. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Codes a corpus with one shared coder on N threads and prints articles, sentences and "
                + "tokens per second, the share of time per stage, model load time and peak heap.",
                "With --baseline, also times plain CoreNLP (" + PlainCoreNlp.ANNOTATORS + ", default settings) "
                        + "on the same articles and prints the ratio."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the corpus was coded", "1:no article to code", "2:bad usage"})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "FILE", required = true,
            description = "Articles to code: a .jsonl file (or anything 'dyad code' reads). Empty texts are skipped.")
    Path corpus;

    @Option(names = "--threads", defaultValue = "1", description = "Threads sharing one coder (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--limit", defaultValue = "0", description = "Code at most N articles; 0 for all (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--warmup", defaultValue = "0",
            description = "Code the first N articles once, untimed, before measuring (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--baseline", description = "Also time plain CoreNLP on the same articles and print the ratio.")
    boolean baseline;

    @Option(names = "--parse-all", description = "Run the dependency parser on every sentence, as before selective parsing.")
    boolean parseAll;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date for records without one.")
    LocalDate date;

    private final Supplier<Coder> coders;

    BenchCommand(Supplier<Coder> coders) {
        this.coders = coders;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (threads < 1) {
            err.println("dyad bench: --threads must be at least 1");
            return 2;
        }
        if (!Files.isReadable(corpus)) {
            err.println("dyad bench: cannot read " + corpus);
            return 2;
        }
        try (HeapWatch heap = new HeapWatch()) {
            Corpus articles = Corpus.read(corpus, limit, date);
            if (articles.articles().isEmpty()) {
                err.printf("dyad bench: no article with a text in %s (%d empty, %d rejected)%n", corpus,
                        articles.emptySkipped(), articles.rejected());
                return 1;
            }
            ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
            long loading = System.nanoTime();
            long loadingCpu = cpu.getCurrentThreadCpuTime();
            Coder coder = parseAll ? coders.get().parsingEverySentence() : coders.get();
            double loadSeconds = (System.nanoTime() - loading) / 1e9;
            double loadCpuSeconds = (cpu.getCurrentThreadCpuTime() - loadingCpu) / 1e9;
            CoderBenchmark benchmark = new CoderBenchmark(coder);
            benchmark.warmUp(articles, warmup);
            heap.reset();
            CoderRun run = benchmark.run(articles, threads);
            long peakUsed = heap.peakUsed();
            long peakAfterGc = heap.peakAfterGc();
            printRun(out, articles, run, loadSeconds, loadCpuSeconds);
            out.printf("peak heap: %s in use, %s after collections (max heap %s)%n", mib(peakUsed),
                    mib(peakAfterGc), mib(heap.maxHeap()));
            out.flush();
            if (baseline) {
                heap.reset();
                BaselineRun plain = BaselineBenchmark.run(articles, threads);
                out.printf("baseline, plain CoreNLP (%s, defaults): models %.1f s; %d articles in %.1f s: "
                                + "%.2f articles/s, %.1f sentences/s; %d failed%n", PlainCoreNlp.ANNOTATORS,
                        plain.loadNanos() / 1e9, plain.articles(), plain.seconds(), plain.articlesPerSecond(),
                        plain.sentencesPerSecond(), plain.failed());
                out.printf("baseline CPU time %.1f s: %.2f articles per CPU-second%n", plain.cpuNanos() / 1e9,
                        plain.articlesPerCpuSecond());
                out.printf("baseline peak heap: %s in use, %s after collections%n", mib(heap.peakUsed()),
                        mib(heap.peakAfterGc()));
                out.printf("Dyad / baseline throughput: %.2fx in articles per second, %.2fx in articles per "
                                + "CPU-second%n", run.articlesPerSecond() / plain.articlesPerSecond(),
                        run.articlesPerCpuSecond() / plain.articlesPerCpuSecond());
            }
        }
        out.flush();
        return 0;
    }

    private void printRun(PrintWriter out, Corpus articles, CoderRun run, double loadSeconds, double loadCpuSeconds) {
        out.printf("dyad bench: %s, %d articles (%d empty skipped, %d rejected), %d thread%s%s%n", corpus,
                run.articles() + run.failed(), articles.emptySkipped(), articles.rejected(), run.threads(),
                run.threads() == 1 ? "" : "s", parseAll ? ", every sentence parsed" : "");
        out.printf("models and knowledge loaded in %.1f s (%.1f s of CPU in the loading thread)%n", loadSeconds,
                loadCpuSeconds);
        out.printf("coded in %.1f s: %.2f articles/s, %.1f sentences/s, %.0f tokens/s "
                        + "(%d sentences, %d tokens; %d failed)%n", run.seconds(), run.articlesPerSecond(),
                run.sentencesPerSecond(), run.tokensPerSecond(), run.sentences(), run.tokens(), run.failed());
        out.printf("CPU time of the coding threads: analysis %.1f s, coding %.1f s (%.1f%%): %.2f articles per "
                        + "CPU-second%n", run.analysisCpuNanos() / 1e9, run.codingCpuNanos() / 1e9,
                100.0 * run.codingCpuNanos() / Math.max(1, run.analysisCpuNanos() + run.codingCpuNanos()),
                run.articlesPerCpuSecond());
        out.printf("dependency parser ran on %d of %d sentences (%.1f%%)%n", run.parsedSentences(), run.sentences(),
                100.0 * run.parsedSentences() / Math.max(1, run.sentences()));
        out.printf("events: %d (digest %s)%n", run.events(), run.eventDigest());
        double read = articles.readNanos() / 1e9;
        double analysis = run.analysisNanos() / 1e9;
        double coding = run.codingNanos() / 1e9;
        double total = read + analysis + coding;
        out.printf("time per stage (summed over threads): read %.1f s (%.1f%%), analysis %.1f s (%.1f%%), "
                        + "coding %.1f s (%.1f%%), store not run%n", read, 100 * read / total, analysis,
                100 * analysis / total, coding, 100 * coding / total);
    }

    private static String mib(long bytes) {
        return String.format("%,d MiB", bytes / (1024 * 1024));
    }
}
