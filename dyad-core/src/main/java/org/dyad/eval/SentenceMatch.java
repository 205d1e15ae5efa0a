package org.dyad.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiPredicate;
import org.dyad.actor.Actor;
import org.dyad.event.Event;

/**
 * The one-to-one matching of one sentence's predicted events to its gold events. A pair must agree on the source
 * key, the target key (see {@link ActorKeys}) and the CAMEO root. Matching is greedy in gold order, in two passes:
 * pairs that also agree on the full code and modality first, then any agreeing pair, so that a sentence with two
 * events of one root pairs them the way an annotator would.
 */
record SentenceMatch(List<Pair> pairs, List<GoldEvent> missed, List<Event> spurious) {
    /** A gold event and the predicted event matched to it. */
    record Pair(GoldEvent gold, Event predicted) {
    }

    SentenceMatch {
        pairs = List.copyOf(pairs);
        missed = List.copyOf(missed);
        spurious = List.copyOf(spurious);
    }

    static SentenceMatch of(List<GoldEvent> gold, List<Event> predicted, ActorKeys keys) {
        GoldEvent[] golds = gold.toArray(GoldEvent[]::new);
        Event[] predictions = predicted.toArray(Event[]::new);
        Event[] partner = new Event[golds.length];
        boolean[] taken = new boolean[predictions.length];
        BiPredicate<GoldEvent, Event> agree = (g, p) -> agrees(g, p, keys);
        BiPredicate<GoldEvent, Event> closely = (g, p) -> agrees(g, p, keys)
                && g.cameo().equals(p.cameo().code()) && g.modality() == p.modality();
        for (BiPredicate<GoldEvent, Event> pass : List.of(closely, agree)) {
            for (int g = 0; g < golds.length; g++) {
                for (int p = 0; p < predictions.length && partner[g] == null; p++) {
                    if (!taken[p] && pass.test(golds[g], predictions[p])) {
                        partner[g] = predictions[p];
                        taken[p] = true;
                    }
                }
            }
        }
        List<Pair> pairs = new ArrayList<>();
        List<GoldEvent> missed = new ArrayList<>();
        for (int g = 0; g < golds.length; g++) {
            if (partner[g] == null) {
                missed.add(golds[g]);
            } else {
                pairs.add(new Pair(golds[g], partner[g]));
            }
        }
        List<Event> spurious = new ArrayList<>();
        for (int p = 0; p < predictions.length; p++) {
            if (!taken[p]) {
                spurious.add(predictions[p]);
            }
        }
        return new SentenceMatch(pairs, missed, spurious);
    }

    private static boolean agrees(GoldEvent gold, Event predicted, ActorKeys keys) {
        return gold.root().equals(predicted.cameo().root())
                && Objects.equals(keys.key(gold.source()), keys.key(code(predicted.source())))
                && Objects.equals(keys.key(gold.target()), keys.key(code(predicted.target())));
    }

    static String code(Actor actor) {
        return actor == null ? null : actor.code();
    }
}
