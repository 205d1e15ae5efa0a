package org.dyad.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;

/**
 * Aid told from the side of who got it: "Nepal received food aid from India", "the rebels obtained weapons from
 * Iran". The giver in the from-phrase is the source and the subject who got it the target.
 */
final class Receipt {
    private static final Set<String> RECEIVING = Set.of("receive", "get", "obtain", "accept", "secure");
    private static final Set<String> GIVING_ROOTS = Set.of("06", "07");

    private Receipt() {
    }

    static Arguments turn(Sentence sentence, Trigger trigger, Arguments read) {
        String lemma = sentence.token(trigger.token()).lemma().toLowerCase(Locale.ROOT);
        if (!RECEIVING.contains(lemma) || !GIVING_ROOTS.contains(trigger.rule().cameo().substring(0, 2))) {
            return read;
        }
        List<Integer> givers = new ArrayList<>();
        List<Integer> getters = new ArrayList<>();
        for (Dependency edge : sentence.graph().children(trigger.token())) {
            if (edge.baseRelation().equals("obl") && edge.specifier().equals("from")) {
                givers.add(edge.dependent());
            } else if (edge.relation().equals("nsubj")) {
                getters.add(edge.dependent());
            }
        }
        if (givers.isEmpty()) {
            return read;
        }
        if (getters.isEmpty()) {
            getters.addAll(read.sources());
        }
        // "from Iran" says who gave, not where the rebels got it.
        List<Integer> places = read.places().stream().filter(place -> !givers.contains(place)).toList();
        return new Arguments(givers, getters, places, "from-nsubj", read.respectively(), read.pairwise(),
                read.inherited());
    }
}
