package org.dyad.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.dyad.coder.Coder;
import org.dyad.eval.ClassScores;
import org.dyad.eval.PentaClassEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyad eval}: scores the coder against labelled sentences. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Scores Dyad against labelled sentences and prints precision, recall and F1 per class, and "
                + "the worst misses with their sentences.")
final class EvalCommand implements Callable<Integer> {
    private static final String[] PENTA = {"statement", "verbal coop.", "material coop.", "verbal conflict",
            "material conflict"};

    @Spec
    CommandSpec spec;

    @Option(names = "--penta", paramLabel = "FILE", required = true,
            description = "sentence<TAB>label file with CAMEO penta-class labels 0-4 (ConfliBERT format).")
    Path penta;

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
        PrintWriter out = spec.commandLine().getOut();
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
        for (int gold = 0; gold < scores.classes(); gold++) {
            StringBuilder row = new StringBuilder(String.format("  %d:", gold));
            for (int predicted = 0; predicted < scores.classes(); predicted++) {
                row.append(String.format(" %4d", scores.count(gold, predicted)));
            }
            out.println(row.append(String.format(" %4d", scores.missed(gold))));
        }
        out.println("misses:");
        result.outcomes().stream().filter(outcome -> !outcome.right()).limit(misses).forEach(outcome ->
                out.printf("  line %d gold %d got %s: %s%n", outcome.line(), outcome.gold(),
                        outcome.main().map(e -> e.cameo().code() + " " + e.source().code() + "->"
                                + (e.target() == null ? "-" : e.target().code())).orElse("nothing"),
                        EventTable.cut(outcome.sentence(), 110)));
        return 0;
    }
}
