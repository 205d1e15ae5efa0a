package org.dyad.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.dyad.actor.ActorKnowledge;
import org.dyad.actor.Organisation;
import org.dyad.article.Article;
import org.dyad.coder.Coder;
import org.dyad.event.Event;
import org.dyad.event.Modality;
import org.dyad.time.EventDate;

/**
 * Scores the coder on gold sentences: each sentence is coded alone as an article of its date, and its predicted
 * events are matched one to one to its gold events on (source country, target country, CAMEO root), where an
 * organisation's code counts whole (see {@link SentenceMatch}). Modality, date and full actor codes are then
 * judged on the matched pairs.
 */
public final class GoldEvaluation {
    private final Coder coder;
    private final ActorKeys keys;

    /**
     * @param coder         the coder to score
     * @param organisations codes that are compared whole rather than by their first three letters
     */
    public GoldEvaluation(Coder coder, Set<String> organisations) {
        this.coder = Objects.requireNonNull(coder, "coder");
        this.keys = new ActorKeys(organisations);
    }

    /** An evaluation whose organisation codes are those of the actor knowledge files. */
    public static GoldEvaluation withKnownOrganisations(Coder coder) {
        return new GoldEvaluation(coder, ActorKnowledge.load().organisations().stream()
                .map(Organisation::code).collect(Collectors.toSet()));
    }

    public GoldReport evaluate(GoldFile.Contents gold) {
        Tally tally = new Tally();
        for (GoldSentence sentence : gold.sentences()) {
            List<Event> predicted = coder.code(Article.of(sentence.id(), sentence.date(), sentence.text())).events();
            tally.add(sentence, SentenceMatch.of(sentence.events(), predicted, keys));
        }
        return tally.report(gold.sentences().size(), gold.errors());
    }

    /** The counts gathered sentence by sentence. */
    private static final class Tally {
        private PrecisionRecall overall = PrecisionRecall.EMPTY;
        private final Map<String, PrecisionRecall> perRoot = new TreeMap<>();
        private final Map<Modality, PrecisionRecall> perModality = new EnumMap<>(Modality.class);
        private Ratio modality = new Ratio(0, 0);
        private Ratio dates = new Ratio(0, 0);
        private Ratio actorCodes = new Ratio(0, 0);
        private Ratio empty = new Ratio(0, 0);
        private Reliability reliability = Reliability.empty();
        private final List<GoldReport.Miss> misses = new ArrayList<>();

        void add(GoldSentence sentence, SentenceMatch match) {
            overall = overall.plus(match.pairs().size(), match.spurious().size(), match.missed().size());
            match.pairs().forEach(pair -> addRoot(pair.gold().root(), 1, 0, 0));
            match.missed().forEach(gold -> addRoot(gold.root(), 0, 0, 1));
            match.spurious().forEach(event -> addRoot(event.cameo().root(), 0, 1, 0));
            for (SentenceMatch.Pair pair : match.pairs()) {
                reliability = reliability.plus(pair.predicted().confidence(), true);
            }
            for (Event event : match.spurious()) {
                reliability = reliability.plus(event.confidence(), false);
            }
            for (SentenceMatch.Pair pair : match.pairs()) {
                Modality gold = pair.gold().modality();
                Modality predicted = pair.predicted().modality();
                modality = modality.plus(gold == predicted);
                if (gold == predicted) {
                    addModality(gold, 1, 0, 0);
                } else {
                    addModality(predicted, 0, 1, 0);
                    addModality(gold, 0, 0, 1);
                }
                if (pair.gold().isDated()) {
                    dates = dates.plus(overlaps(pair.gold(), pair.predicted().date()));
                }
                actorCodes = actorCodes.plus(pair.gold().source().equals(SentenceMatch.code(pair.predicted().source()))
                        && Objects.equals(pair.gold().target(), SentenceMatch.code(pair.predicted().target())));
            }
            if (sentence.events().isEmpty()) {
                empty = empty.plus(match.spurious().isEmpty());
            }
            if (!match.missed().isEmpty() || !match.spurious().isEmpty()) {
                misses.add(new GoldReport.Miss(sentence, match.missed(), match.spurious()));
            }
        }

        private void addRoot(String root, int tp, int fp, int fn) {
            perRoot.merge(root, PrecisionRecall.EMPTY.plus(tp, fp, fn),
                    (old, more) -> old.plus(more.truePositives(), more.falsePositives(), more.falseNegatives()));
        }

        private void addModality(Modality label, int tp, int fp, int fn) {
            perModality.merge(label, PrecisionRecall.EMPTY.plus(tp, fp, fn),
                    (old, more) -> old.plus(more.truePositives(), more.falsePositives(), more.falseNegatives()));
        }

        private static boolean overlaps(GoldEvent gold, EventDate predicted) {
            return !predicted.start().isAfter(gold.dateEnd()) && !predicted.end().isBefore(gold.dateStart());
        }

        GoldReport report(int sentences, List<String> errors) {
            List<GoldReport.Miss> worst = new ArrayList<>(misses);
            worst.sort(Comparator.comparingInt(GoldReport.Miss::errors).reversed()
                    .thenComparingInt(miss -> miss.sentence().line()));
            return new GoldReport(sentences, errors, overall, new TreeMap<>(perRoot), modality, perModality, dates,
                    actorCodes, empty, reliability, worst);
        }
    }
}
