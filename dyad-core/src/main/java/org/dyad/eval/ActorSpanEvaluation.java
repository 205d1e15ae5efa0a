package org.dyad.eval;

import java.util.ArrayList;
import java.util.List;
import org.dyad.actor.ActorMention;
import org.dyad.actor.ActorPhraseResolver;
import org.dyad.actor.AtomFinder;
import org.dyad.actor.DocumentActors;
import org.dyad.nlp.Annotator;
import org.dyad.nlp.Doc;

/**
 * Measures how many gold actor spans Dyad resolves to a country or an organisation: a span counts as resolved
 * when an actor phrase Dyad finds overlaps it and ties to a country or carries a code.
 */
public final class ActorSpanEvaluation {
    /** A gold span Dyad did not resolve, with its sentence. */
    public record Miss(int line, char role, String span, String sentence) {
    }

    /** The counts per role and the misses in file order. */
    public record Result(int sources, int sourcesResolved, int targets, int targetsResolved, List<Miss> misses) {
        public Result {
            misses = List.copyOf(misses);
        }

        public int spans() {
            return sources + targets;
        }

        public int resolved() {
            return sourcesResolved + targetsResolved;
        }

        public double share() {
            return spans() == 0 ? 0 : (double) resolved() / spans();
        }
    }

    private final Annotator annotator;
    private final AtomFinder atoms;
    private final ActorPhraseResolver phrases = new ActorPhraseResolver();

    public ActorSpanEvaluation(Annotator annotator, AtomFinder atoms) {
        this.annotator = annotator;
        this.atoms = atoms;
    }

    public Result evaluate(List<RoleSentence> sentences) {
        int[] counts = new int[4];
        List<Miss> misses = new ArrayList<>();
        for (RoleSentence sentence : sentences) {
            Doc doc = annotator.annotate(sentence.text());
            List<ActorMention> found = DocumentActors.of(doc, atoms, phrases).phrases();
            for (RoleSentence.Span span : sentence.spans()) {
                boolean resolved = found.stream().anyMatch(m -> m.begin() < span.end() && span.begin() < m.end()
                        && (m.country() != null || m.code() != null || m.person() != null));
                int base = span.role() == 'S' ? 0 : 2;
                counts[base]++;
                if (resolved) {
                    counts[base + 1]++;
                } else {
                    misses.add(new Miss(sentence.line(), span.role(), sentence.text(span), sentence.text()));
                }
            }
        }
        return new Result(counts[0], counts[1], counts[2], counts[3], misses);
    }
}
