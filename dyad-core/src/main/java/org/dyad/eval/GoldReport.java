package org.dyad.eval;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.dyad.event.Event;
import org.dyad.event.Modality;

/**
 * Dyad's scores on a gold file.
 *
 * @param sentences      gold sentences coded
 * @param errors         located errors of the gold lines that were skipped
 * @param overall        (source country, target country, CAMEO root) over every event
 * @param perRoot        the same per CAMEO root ("01" to "20"): gold events counted under their root, false
 *                       positives under the predicted root
 * @param modality       matched pairs whose modality agrees
 * @param perModality    precision, recall and F1 of each modality over the matched pairs
 * @param dates          matched pairs whose gold has a date and whose predicted interval overlaps it
 * @param actorCodes     matched pairs whose full source and target codes both agree
 * @param emptySentences gold sentences without events, and how many of them got none from Dyad
 * @param reliability    the predicted events by confidence, with how often each group was right
 * @param misses         the sentences with false negatives or false positives, the most errors first
 */
public record GoldReport(int sentences, List<String> errors, PrecisionRecall overall,
                         SortedMap<String, PrecisionRecall> perRoot, Ratio modality,
                         Map<Modality, PrecisionRecall> perModality, Ratio dates, Ratio actorCodes,
                         Ratio emptySentences, Reliability reliability, List<Miss> misses) {
    /** A sentence Dyad got wrong: the gold events it missed and the events it made up. */
    public record Miss(GoldSentence sentence, List<GoldEvent> missed, List<Event> spurious) {
        public Miss {
            Objects.requireNonNull(sentence, "sentence");
            missed = List.copyOf(missed);
            spurious = List.copyOf(spurious);
        }

        public int errors() {
            return missed.size() + spurious.size();
        }
    }

    public GoldReport {
        errors = List.copyOf(errors);
        perRoot = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(perRoot));
        perModality = Map.copyOf(perModality);
        Objects.requireNonNull(reliability, "reliability");
        misses = List.copyOf(misses);
    }

    /** The scores of one modality over the matched pairs. */
    public PrecisionRecall modality(Modality label) {
        return perModality.getOrDefault(label, PrecisionRecall.EMPTY);
    }
}
