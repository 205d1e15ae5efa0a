package org.dyad.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;

/**
 * Finds the phrases that name where an event happened: "in Kharkiv", "across the Donetsk region", "in the
 * provinces of Yala and Pattani", or, when the event names none, the place of what it acts on.
 */
final class PlacePhrases {
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "across", "throughout");

    private PlacePhrases() {
    }

    /** "met his counterpart in Tokyo", "the attack on the consulate in Damascus": the target's place. */
    static List<Integer> placesOrTargetPlaces(Sentence sentence, int head, List<Integer> targets) {
        List<Integer> found = new ArrayList<>(places(sentence, head));
        for (int target : targets) {
            if (found.isEmpty()) {
                found.addAll(places(sentence, target));
            }
            if (found.isEmpty()) {
                found.addAll(placesOf(sentence, target));
            }
        }
        return found;
    }

    /** "shelled Kharkiv", "the city of Kherson", "a village near the border": a target that is a place. */
    static List<Integer> placesOf(Sentence sentence, int target) {
        List<Integer> found = new ArrayList<>();
        if (sentence.token(target).isProperNoun()) {
            found.add(target);
        }
        for (Dependency edge : sentence.graph().children(target)) {
            boolean placeLink = edge.relation().equals("nmod:of") || edge.relation().equals("nmod:near");
            if (placeLink && sentence.token(edge.dependent()).isProperNoun()) {
                found.add(edge.dependent());
            }
        }
        return found;
    }

    /** The places a word's own "in", "at", "across" phrases name. */
    static List<Integer> places(Sentence sentence, int head) {
        List<Integer> places = new ArrayList<>();
        for (Dependency edge : sentence.graph().children(head)) {
            String base = edge.baseRelation();
            if ((base.equals("obl") || base.equals("nmod")) && PLACE_PREPOSITIONS.contains(edge.specifier())) {
                namedPlace(sentence, edge.dependent()).ifPresent(places::add);
            }
        }
        return places;
    }

    /**
     * "Kharkiv", or the name in "the Donetsk region", "Borno state", "the southern provinces of Yala": a place
     * word that carries a name.
     */
    private static Optional<Integer> namedPlace(Sentence sentence, int head) {
        if (sentence.token(head).isProperNoun()) {
            return Optional.of(head);
        }
        // "the provinces of Yala" names a place; "in support of Ukraine" has no article and names a side.
        boolean determined = !sentence.graph().children(head, "det").isEmpty();
        return sentence.graph().children(head).stream()
                .filter(edge -> edge.relation().equals("compound") || determined && edge.relation().equals("nmod:of"))
                .map(Dependency::dependent)
                .filter(child -> sentence.token(child).isProperNoun()).findFirst();
    }
}
