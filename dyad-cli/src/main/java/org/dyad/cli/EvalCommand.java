package org.dyad.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.dyad.actor.Actor;
import org.dyad.coder.Coder;
import org.dyad.eval.ClassScores;
import org.dyad.eval.GoldEvaluation;
import org.dyad.eval.GoldFile;
import org.dyad.eval.GoldReport;
import org.dyad.eval.Reliability;
import org.dyad.eval.PentaClassEvaluation;
import org.dyad.eval.PrecisionRecall;
import org.dyad.eval.Ratio;
import org.dyad.event.Event;
import org.dyad.event.Modality;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code dyad eval}: scores the coder against labelled sentences. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Scores Dyad against labelled sentences (--penta, --gold or both) and prints precision, "
                + "recall and F1, and the worst misses with their sentences.")
final class EvalCommand implements Callable<Integer> {
    private static final String[] PENTA = {"statement", "verbal coop.", "material coop.", "verbal conflict",
            "material conflict"};

    @Spec
    CommandSpec spec;

    @Option(names = "--penta", paramLabel = "FILE",
            description = "sentence<TAB>label file with CAMEO penta-class labels 0-4 (ConfliBERT format).")
    Path penta;

    @Option(names = "--gold", paramLabel = "FILE",
            description = "Gold JSONL file of sentences annotated with their events (eval/gold/README.md).")
    Path gold;

    @Option(names = "--misses", defaultValue = "10", description = "How many misses to show (default: ${DEFAULT-VALUE}).")
    int misses;

    @Option(names = "--parse-all",
            description = "Run the dependency parser on every sentence, not only on those that can yield an event.")
    boolean parseAll;

    private final Supplier<Coder> coders;

    EvalCommand(Supplier<Coder> coders) {
        this.coders = coders;
    }

    @Override
    public Integer call() throws IOException {
        if (penta == null && gold == null) {
            throw new ParameterException(spec.commandLine(), "give --penta FILE, --gold FILE or both");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (penta != null) {
            printPenta(out);
        }
        if (gold != null) {
            printGold(out);
        }
        return 0;
    }

    private void printPenta(PrintWriter out) throws IOException {
        PentaClassEvaluation.Result result;
        try (BufferedReader reader = Files.newBufferedReader(penta, StandardCharsets.UTF_8)) {
            result = new PentaClassEvaluation(parseAll ? coders.get().parsingEverySentence() : coders.get()).evaluate(reader);
        }
        ClassScores scores = result.scores();
        out.printf("%d sentences (%d lines rejected): %.1f%% yield an event, accuracy %.3f, macro-F1 %.3f%n",
                result.outcomes().size(), result.rejected(), 100 * scores.coverage(), scores.accuracy(),
                scores.macroF1());
        out.printf("%-20s %6s %6s %6s %6s %6s%n", "class", "gold", "pred", "P", "R", "F1");
        for (int cls = 0; cls < scores.classes(); cls++) {
            out.printf("%d %-18s %6d %6d %6.3f %6.3f %6.3f%n", cls, PENTA[cls], scores.gold(cls),
                    scores.predicted(cls), scores.precision(cls), scores.recall(cls), scores.f1(cls));
        }
        out.println("confusion (rows gold, columns predicted, last column none):");
        for (int goldClass = 0; goldClass < scores.classes(); goldClass++) {
            StringBuilder row = new StringBuilder(String.format("  %d:", goldClass));
            for (int predicted = 0; predicted < scores.classes(); predicted++) {
                row.append(String.format(" %4d", scores.count(goldClass, predicted)));
            }
            out.println(row.append(String.format(" %4d", scores.missed(goldClass))));
        }
        out.println("misses:");
        result.outcomes().stream().filter(outcome -> !outcome.right()).limit(misses).forEach(outcome ->
                out.printf("  line %d gold %d got %s: %s%n", outcome.line(), outcome.gold(),
                        outcome.main().map(e -> e.cameo().code() + " " + e.source().code() + "->"
                                + (e.target() == null ? "-" : e.target().code())).orElse("nothing"),
                        EventTable.cut(outcome.sentence(), 110)));
    }

    private void printGold(PrintWriter out) throws IOException {
        GoldFile.Contents contents;
        try (BufferedReader reader = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
            contents = new GoldFile().read(reader, gold.toString());
        }
        PrintWriter err = spec.commandLine().getErr();
        contents.errors().forEach(error -> err.println("rejected " + error));
        GoldReport report = GoldEvaluation.withKnownOrganisations(coders.get()).evaluate(contents);
        PrecisionRecall all = report.overall();
        out.printf("%d gold sentences (%d lines rejected), %d gold events, %d predicted%n", report.sentences(),
                contents.rejected(), all.gold(), all.predicted());
        out.printf("(source country, target country, root): P %.3f R %.3f F1 %.3f%n", all.precision(),
                all.recall(), all.f1());
        out.printf("on matched pairs: modality %s, date %s (gold dated), actor codes %s%n",
                ratio(report.modality()), ratio(report.dates()), ratio(report.actorCodes()));
        out.printf("sentences without gold events left without events: %s%n", ratio(report.emptySentences()));
        out.printf("%-20s %6s %6s %6s %6s %6s%n", "root", "gold", "pred", "P", "R", "F1");
        for (Map.Entry<String, PrecisionRecall> root : report.perRoot().entrySet()) {
            printRow(out, root.getKey(), root.getValue());
        }
        out.printf("%-20s %6s %6s %6s %6s %6s%n", "modality (matched)", "gold", "pred", "P", "R", "F1");
        for (Modality modality : Modality.values()) {
            printRow(out, modality.label(), report.modality(modality));
        }
        Reliability reliability = report.reliability();
        out.printf("confidence: events, mean, share right (expected calibration error %.3f)%n",
                reliability.expectedCalibrationError());
        for (Reliability.Bin bin : reliability.bins()) {
            out.printf("  %.1f-%.1f %6d  %.3f  %.3f%n", bin.lower(), Math.min(1.0, bin.upper()), bin.events(),
                    bin.meanConfidence(), bin.shareRight());
        }
        out.println("worst misses (- missed gold event, + event Dyad made up):");
        report.misses().stream().limit(misses).forEach(miss -> {
            out.printf("  %s %s: %s%n", miss.sentence().id(), miss.sentence().date(),
                    EventTable.cut(miss.sentence().text(), 110));
            miss.missed().forEach(event -> out.printf("      - %s%n", event));
            miss.spurious().forEach(event -> out.printf("      + %s%n", describe(event)));
        });
    }

    private static void printRow(PrintWriter out, String label, PrecisionRecall scores) {
        out.printf("%-20s %6d %6d %6.3f %6.3f %6.3f%n", label, scores.gold(), scores.predicted(),
                scores.precision(), scores.recall(), scores.f1());
    }

    private static String ratio(Ratio ratio) {
        return String.format("%.3f (%d/%d)", ratio.share(), ratio.correct(), ratio.total());
    }

    private static String describe(Event event) {
        return actor(event.source()) + " " + event.cameo().code() + " " + actor(event.target()) + " "
                + event.modality().label() + " " + event.date().start()
                + (event.date().start().equals(event.date().end()) ? "" : "/" + event.date().end());
    }

    private static String actor(Actor actor) {
        if (actor == null) {
            return "-";
        }
        return actor.code() == null ? "?" + actor.text() : actor.code();
    }
}
