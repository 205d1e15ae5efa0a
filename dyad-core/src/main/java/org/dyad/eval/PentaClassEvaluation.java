package org.dyad.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.article.Article;
import org.dyad.coder.Coder;
import org.dyad.event.Event;

/**
 * Scores the coder on sentences labelled with the CAMEO penta-class ({@code sentence<TAB>label}): each sentence
 * is coded alone and its main event's root gives the predicted class.
 */
public final class PentaClassEvaluation {
    /** Undated sentences are coded as if published on this day. */
    static final LocalDate UNDATED = LocalDate.of(2010, 1, 1);

    /** A labelled sentence and what Dyad made of it. */
    public record Outcome(int line, String sentence, int gold, Optional<Event> main) {
        public boolean right() {
            return main.isPresent() && PentaClass.of(main.get().cameo().root()) == gold;
        }
    }

    /** The scores and every outcome in file order. */
    public record Result(ClassScores scores, List<Outcome> outcomes, int rejected) {
        public Result {
            outcomes = List.copyOf(outcomes);
        }
    }

    private final Coder coder;

    public PentaClassEvaluation(Coder coder) {
        this.coder = coder;
    }

    public Result evaluate(BufferedReader reader) throws IOException {
        ClassScores scores = new ClassScores(PentaClass.COUNT);
        List<Outcome> outcomes = new ArrayList<>();
        int rejected = 0;
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            int tab = line.lastIndexOf('\t');
            int gold = tab < 0 ? -1 : label(line.substring(tab + 1).strip());
            if (gold < 0 || line.substring(0, tab).isBlank()) {
                rejected++;
                continue;
            }
            String sentence = line.substring(0, tab).strip();
            List<Event> events = coder.code(Article.of("line" + number, UNDATED, sentence)).events();
            Optional<Event> main = MainEvent.of(events);
            if (main.isPresent()) {
                scores.add(gold, PentaClass.of(main.get().cameo().root()));
            } else {
                scores.addMissed(gold);
            }
            outcomes.add(new Outcome(number, sentence, gold, main));
        }
        return new Result(scores, outcomes, rejected);
    }

    private static int label(String text) {
        return switch (text) {
            case "0" -> 0;
            case "1" -> 1;
            case "2" -> 2;
            case "3" -> 3;
            case "4" -> 4;
            default -> -1;
        };
    }
}
