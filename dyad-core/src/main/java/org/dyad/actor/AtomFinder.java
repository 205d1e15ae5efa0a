package org.dyad.actor;

import java.util.ArrayList;
import java.util.List;
import org.dyad.nlp.Sentence;

/**
 * Finds the actor atoms of a sentence: left to right, the longest dictionary match at each token; where no
 * name matches exactly, a run of proper nouns that is within two letters of a known person's full name.
 */
public final class AtomFinder {
    private static final int MAX_NAME_EDITS = 2;
    private static final int MIN_FUZZY_LENGTH = 7;

    private final ActorLexicon lexicon;

    public AtomFinder(ActorLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Non-overlapping atoms in token order. */
    public List<ActorAtom> find(Sentence sentence) {
        List<ActorAtom> atoms = new ArrayList<>();
        int i = 0;
        while (i < sentence.size()) {
            ActorAtom exact = lexicon.longestMatch(sentence, i);
            ActorAtom fuzzy = approximatePerson(sentence, i);
            ActorAtom chosen = exact;
            if (fuzzy != null && (exact == null || fuzzy.end() > exact.end())) {
                chosen = fuzzy;
            }
            if (chosen == null) {
                i++;
            } else {
                atoms.add(chosen);
                i = chosen.end();
            }
        }
        return List.copyOf(atoms);
    }

    private ActorAtom approximatePerson(Sentence sentence, int start) {
        int end = start;
        while (end < sentence.size() && end - start < 3 && sentence.token(end).isProperNoun()) {
            end++;
        }
        for (int stop = end; stop >= start + 2; stop--) {
            String written = joinedText(sentence, start, stop);
            ActorAtom match = closestPerson(written, start, stop);
            if (match != null) {
                return match;
            }
        }
        return null;
    }

    private static String joinedText(Sentence sentence, int from, int to) {
        StringBuilder builder = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                builder.append(' ');
            }
            builder.append(sentence.token(i).word());
        }
        return builder.toString();
    }

    private ActorAtom closestPerson(String written, int start, int stop) {
        if (written.length() < MIN_FUZZY_LENGTH) {
            return null;
        }
        int wordCount = stop - start;
        for (Person person : lexicon.people()) {
            for (String name : namesOf(person)) {
                if (name.split(" ").length != wordCount || name.equals(written)) {
                    continue;
                }
                boolean sameFirstLetters = Character.toLowerCase(name.charAt(0)) == Character.toLowerCase(written.charAt(0));
                if (sameFirstLetters && NameSimilarity.distance(name, written, MAX_NAME_EDITS) <= MAX_NAME_EDITS) {
                    return new ActorAtom(start, stop, AtomKind.PERSON, person.country(), null, null, person,
                            person.name(), false);
                }
            }
        }
        return null;
    }

    private static List<String> namesOf(Person person) {
        List<String> names = new ArrayList<>(person.aliases().size() + 1);
        names.add(person.name());
        names.addAll(person.aliases());
        return names;
    }
}
