package org.dyad.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dyad.nlp.Sentence;

/**
 * Finds the actor atoms of a sentence: left to right, the longest dictionary match at each token; where no
 * name matches exactly, a run of proper nouns within two letters of a known person's full name, or one letter
 * of a person's surname alias or a country's one-word name ("Xi Jingping", "Zelenskyi", "Ethopia").
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
            // An approximate name must be longer than any exact match to win: "Xi Jingping" over the alias "Xi".
            ActorAtom fuzzy = approximateName(sentence, i, exact == null ? 1 : exact.end() - i + 1);
            ActorAtom chosen = exact;
            if (fuzzy != null && (exact == null || fuzzy.end() > exact.end())) {
                chosen = fuzzy;
            }
            if (chosen == null) {
                i++;
            } else if (longerMatchInside(sentence, chosen)) {
                // "the UN Security Council": "the UN" gives way to the longer name that starts inside it.
                i++;
            } else {
                atoms.add(chosen);
                i = chosen.end();
            }
        }
        return List.copyOf(atoms);
    }

    private boolean longerMatchInside(Sentence sentence, ActorAtom chosen) {
        for (int j = chosen.start() + 1; j < chosen.end(); j++) {
            ActorAtom later = lexicon.longestMatch(sentence, j);
            if (later != null && later.end() > chosen.end()
                    && later.end() - later.start() > chosen.end() - chosen.start()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A run of at least {@code minWords} proper nouns within a letter or two of a known name; when the closest
     * known names belong to different actors the run is left alone, as a guess would be.
     */
    private ActorAtom approximateName(Sentence sentence, int start, int minWords) {
        int end = start;
        while (end < sentence.size() && end - start < 3 && sentence.token(end).isProperNoun()) {
            end++;
        }
        for (int stop = end; stop >= start + minWords; stop--) {
            String written = joinedText(sentence, start, stop);
            if (written.length() < MIN_FUZZY_LENGTH - (stop - start == 1 ? 1 : 0)) {
                continue;
            }
            ActorAtom closest = closestName(written, stop - start);
            if (closest != null) {
                return closest.at(start, stop, false);
            }
        }
        return null;
    }

    private ActorAtom closestName(String written, int words) {
        ActorAtom best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (ActorLexicon.ApproximateName known : lexicon.approximateNames()) {
            if (known.words() != words || known.name().equals(written)) {
                continue;
            }
            boolean sameFirstLetter = Character.toLowerCase(known.name().charAt(0))
                    == Character.toLowerCase(written.charAt(0));
            int allowed = known.words() == 1 ? 1 : MAX_NAME_EDITS;
            int distance = sameFirstLetter ? NameSimilarity.distance(known.name(), written, allowed) : allowed + 1;
            if (distance > allowed) {
                continue;
            }
            if (distance < bestDistance) {
                best = known.template();
                bestDistance = distance;
                tie = false;
            } else if (distance == bestDistance && !sameActor(best, known.template())) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    private static boolean sameActor(ActorAtom a, ActorAtom b) {
        return a.kind() == b.kind() && a.name().equals(b.name()) && Objects.equals(a.country(), b.country());
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
}
