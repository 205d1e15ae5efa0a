package org.dyad.event;

import java.util.List;

/**
 * What the dependency graph says about a trigger's participants: token heads of sources, targets and places,
 * and how they were found.
 *
 * @param sources       heads of the phrases that act
 * @param targets       heads of the phrases acted upon
 * @param places        heads of phrases naming where it happened
 * @param pattern       the argument pattern that matched, e.g. "nsubj-obj", "poss-on", "between"
 * @param respectively  "A and B met C, respectively, in X and Y": pair the i-th source with the i-th place
 * @param pairwise      "talks between A and B": the sources acted towards each other
 * @param inherited     the subject was borrowed from a governing clause ("by imposing" takes "Trump unleashed")
 */
public record Arguments(List<Integer> sources, List<Integer> targets, List<Integer> places, String pattern,
                        boolean respectively, boolean pairwise, boolean inherited) {
    public Arguments {
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
        places = List.copyOf(places);
    }
}
