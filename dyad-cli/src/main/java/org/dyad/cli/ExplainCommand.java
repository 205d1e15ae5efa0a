package org.dyad.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.dyad.actor.ActorAtom;
import org.dyad.actor.ActorMention;
import org.dyad.article.Article;
import org.dyad.coder.Coder;
import org.dyad.coder.Explanation;
import org.dyad.event.Event;
import org.dyad.event.EventExtractor;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;
import org.dyad.time.DateMention;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad explain}: how a sentence was coded, stage by stage. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Shows how text is coded: tokens, actor atoms and phrases, date expressions, each trigger "
                + "with its rule, arguments and modality cue, and the events.")
final class ExplainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "TEXT", description = "One or more sentences.")
    String text;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date (default: today).")
    LocalDate date;

    @Option(names = "--dependencies", description = "Also print the dependency graph.")
    boolean dependencies;

    private final Supplier<Coder> coders;

    ExplainCommand(Supplier<Coder> coders) {
        this.coders = coders;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Article article = Article.of("explain", date != null ? date : LocalDate.now(), text);
        Explanation explanation = coders.get().explain(article);
        for (Sentence sentence : explanation.doc().sentences()) {
            out.printf("sentence %d: %s%n", sentence.index(), explanation.doc().text(sentence));
            StringBuilder tokens = new StringBuilder("  tokens:");
            for (Token token : sentence.tokens()) {
                tokens.append(' ').append(token.index()).append(':').append(token.word()).append('/').append(token.pos());
                if (!token.ner().equals("O")) {
                    tokens.append('/').append(token.ner());
                }
            }
            out.println(tokens);
            if (dependencies) {
                for (Dependency edge : sentence.graph().edges()) {
                    out.printf("    %s(%s, %s)%n", edge.relation(),
                            edge.governor() < 0 ? "ROOT" : sentence.token(edge.governor()).word() + "-" + edge.governor(),
                            sentence.token(edge.dependent()).word() + "-" + edge.dependent());
                }
            }
            for (ActorAtom atom : explanation.actors().atoms(sentence.index())) {
                out.printf("  atom %d-%d %s %s%s%n", atom.start(), atom.end() - 1, atom.kind(), atom.name(),
                        atom.exact() ? "" : " (approximate)");
            }
            explanation.actors().phrases().stream().filter(p -> p.sentence() == sentence.index())
                    .forEach(phrase -> out.printf("  actor \"%s\" -> %s%n", phrase.text(), describe(phrase, article.date())));
            for (DateMention mention : explanation.dates()) {
                if (mention.begin() >= sentence.begin() && mention.begin() < sentence.end()) {
                    out.printf("  date \"%s\" -> %s..%s (%s)%n", mention.date().text(), mention.date().start(),
                            mention.date().end(), mention.date().precision().label());
                }
            }
            for (EventExtractor.Reading reading : explanation.readings().get(sentence.index())) {
                out.printf("  trigger %s-%d rule %s: sources %s targets %s places %s pattern '%s' modality %s%s%n",
                        sentence.token(reading.trigger().token()).word(), reading.trigger().token(),
                        reading.trigger().rule().name(), words(sentence, reading.arguments().sources()),
                        words(sentence, reading.arguments().targets()), words(sentence, reading.arguments().places()),
                        reading.arguments().pattern(), reading.modality().modality().label(),
                        reading.modality().cue() == null ? "" : " (cue '" + reading.modality().cue() + "')");
            }
        }
        out.println("events:");
        for (Event event : explanation.events()) {
            out.printf("  %s %s %s %s %s  %s  conf %.2f  rule %s%n", event.date().value(), event.source().code(),
                    event.cameo().code(), event.target() == null ? "-" : event.target().code(),
                    event.modality().label(), event.location() == null ? "" : "at " + event.location().name(),
                    event.confidence(), event.rule());
        }
        return 0;
    }

    private static String describe(ActorMention phrase, LocalDate on) {
        var actor = phrase.on(on);
        return (actor.code() == null ? "unresolved" : actor.code()) + (phrase.certain() ? "" : " (uncertain)");
    }

    private static String words(Sentence sentence, List<Integer> tokens) {
        return tokens.stream().map(t -> sentence.token(t).word() + "-" + t).toList().toString();
    }
}
