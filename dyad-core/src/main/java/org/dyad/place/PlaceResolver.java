package org.dyad.place;

import java.util.Optional;
import org.dyad.nlp.Sentence;

/** Finds the gazetteer place named by a proper-noun phrase: "San Francisco", "Munich", "Washington, D.C.". */
public final class PlaceResolver {
    private static final int MAX_WORDS = 4;

    private final Gazetteer gazetteer;

    public PlaceResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The place named by the proper nouns ending at token {@code head}, longest name first. */
    public Optional<Location> at(String text, Sentence sentence, int head) {
        int first = head;
        while (first > 0 && head - first < MAX_WORDS - 1 && sentence.token(first - 1).isProperNoun()) {
            first--;
        }
        for (int start = first; start <= head; start++) {
            int begin = sentence.token(start).begin();
            int end = sentence.token(head).end();
            String written = text.substring(begin, end);
            Optional<Place> place = gazetteer.find(written);
            if (place.isPresent()) {
                Place p = place.get();
                return Optional.of(new Location(p.name(), p.country(), p.lat(), p.lon(), written, begin, end));
            }
        }
        return Optional.empty();
    }
}
