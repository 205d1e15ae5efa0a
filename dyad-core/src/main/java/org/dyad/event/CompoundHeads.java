package org.dyad.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;

/**
 * An event noun that only modifies another noun ("an arrest warrant for the general", "an aid package for Ukraine",
 * "a travel ban on officials") has its participants attached to that noun: its prepositional phrases name whom the
 * event is for or against.
 */
final class CompoundHeads {
    private CompoundHeads() {
    }

    /** The phrases of the noun that {@code noun} is a compound of, led by one of {@code prepositions}. */
    static List<Integer> targets(Sentence sentence, int noun, Set<String> prepositions) {
        List<Integer> found = new ArrayList<>();
        for (Dependency up : sentence.graph().parents(noun)) {
            if (up.governor() < 0 || !up.relation().equals("compound")) {
                continue;
            }
            for (Dependency edge : sentence.graph().children(up.governor())) {
                if (edge.baseRelation().equals("nmod") && prepositions.contains(edge.specifier())) {
                    found.add(edge.dependent());
                }
            }
        }
        return found;
    }
}
