package org.dyad.place;

import java.util.Optional;
import java.util.Set;
import org.dyad.nlp.Sentence;

/**
 * Finds the gazetteer place named by a proper-noun phrase: "San Francisco", "Munich", "Washington, D.C.". A name
 * that several places share ("Paris", "Tripoli") goes to the one in a country the article is about, if any.
 */
public final class PlaceResolver {
    private static final int MAX_WORDS = 4;

    private final Gazetteer gazetteer;

    public PlaceResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The place named by the proper nouns ending at token {@code head}, longest name first, without context. */
    public Optional<Location> at(String text, Sentence sentence, int head) {
        return at(text, sentence, head, Set.of());
    }

    /**
     * The place named by the proper nouns ending at token {@code head}, longest name first. Among the places of one
     * name, the most likely (see {@link Gazetteer#candidates(String)}) whose country is in {@code contextCountries}
     * wins; when none is, the one {@link Gazetteer#find(String)} prefers.
     *
     * @param contextCountries ISO alpha-3 codes of the countries of the article's other actors and places
     *                         (null is taken as none)
     */
    public Optional<Location> at(String text, Sentence sentence, int head, Set<String> contextCountries) {
        Set<String> context = contextCountries == null ? Set.of() : contextCountries;
        int first = head;
        while (first > 0 && head - first < MAX_WORDS - 1 && sentence.token(first - 1).isProperNoun()) {
            first--;
        }
        for (int start = first; start <= head; start++) {
            int begin = sentence.token(start).begin();
            int end = sentence.token(head).end();
            String written = text.substring(begin, end);
            Optional<Place> place = choose(written, context);
            if (place.isPresent()) {
                Place p = place.get();
                return Optional.of(new Location(p.name(), p.country(), p.lat(), p.lon(), written, begin, end));
            }
        }
        return Optional.empty();
    }

    private Optional<Place> choose(String written, Set<String> context) {
        if (!context.isEmpty()) {
            for (Place candidate : gazetteer.candidates(written)) {
                if (context.contains(candidate.country())) {
                    return Optional.of(candidate);
                }
            }
        }
        return gazetteer.find(written);
    }
}
