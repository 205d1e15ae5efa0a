package org.dyad.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.actor.ActorKnowledge;
import org.dyad.actor.ActorLexicon;
import org.dyad.actor.AtomFinder;
import org.dyad.eval.ActorSpanEvaluation;
import org.dyad.eval.RoleFileReader;
import org.dyad.eval.RoleSentence;
import org.dyad.nlp.CoreNlpAnnotator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad eval-actors}: the share of gold actor spans Dyad resolves to a country or organisation. */
@Command(name = "eval-actors", mixinStandardHelpOptions = true,
        description = {"Scores actor resolution against sentences marked with source and target spans, one token "
                + "a line with B-/I-S, B-/I-T tags (the ConfliBERT roles format).",
                "Prints the share of spans resolved to a country or an organisation, per role, and a sample of misses."})
final class EvalActorsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The roles file, e.g. ../shared/data/conflibert-cameo/roles-test.txt")
    Path file;

    @Option(names = "--misses", defaultValue = "15", description = "How many misses to show (default: ${DEFAULT-VALUE}).")
    int misses;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<RoleSentence> sentences;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            sentences = RoleFileReader.read(reader);
        }
        long started = System.nanoTime();
        ActorSpanEvaluation evaluation = new ActorSpanEvaluation(new CoreNlpAnnotator(),
                new AtomFinder(ActorLexicon.of(ActorKnowledge.load())));
        ActorSpanEvaluation.Result result = evaluation.evaluate(sentences);
        out.printf("%d sentences, %d actor spans: %d resolved to a country or organisation (%.1f%%)%n",
                sentences.size(), result.spans(), result.resolved(), 100 * result.share());
        out.printf("  sources %d/%d (%.1f%%), targets %d/%d (%.1f%%)%n", result.sourcesResolved(), result.sources(),
                percent(result.sourcesResolved(), result.sources()), result.targetsResolved(), result.targets(),
                percent(result.targetsResolved(), result.targets()));
        out.println("misses (role, span, line):");
        int step = Math.max(1, result.misses().size() / Math.max(1, misses));
        for (int i = 0; i < result.misses().size() && i / step < misses; i += step) {
            ActorSpanEvaluation.Miss miss = result.misses().get(i);
            out.printf("  %s  %-40s  line %d%n", miss.role(), EventTable.cut(miss.span(), 40), miss.line());
        }
        spec.commandLine().getErr().printf("eval-actors: %.1f s%n", (System.nanoTime() - started) / 1e9);
        return 0;
    }

    private static double percent(int part, int whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }
}
