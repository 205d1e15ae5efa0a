package org.dyad.coder;

import org.dyad.actor.AtomFinder;
import org.dyad.actor.Coreference;
import org.dyad.event.TriggerLexicon;
import org.dyad.event.WordClass;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.SentenceFilter;
import org.dyad.nlp.Token;

/**
 * The sentences worth parsing: those from which the coder can read an event, or whose actors a later
 * sentence's event can point back to. Decided from tokens, lemmas and tags alone, before any parse.
 *
 * <p>A sentence is parsed when it holds an actor atom (its graph shapes the actor phrases that later
 * pronouns, surnames and "the two presidents" resolve to), or when it holds a trigger candidate together with
 * a word that may name an actor without an atom: a pronoun or pair noun that coreference resolves, or a proper
 * noun or a name the entity tagger marks as a person or organisation (a surname introduced earlier, an unknown
 * named source such as "the Global Campaign for Equal Nationality Rights", which the tagger may not mark NNP). Every other sentence cannot yield an event:
 * an event needs a trigger from the lexicon and at least one actor with a code, and a code comes from an atom
 * or from a reference back to one.
 */
final class EventCandidates implements SentenceFilter {
    private final AtomFinder atoms;
    private final TriggerLexicon triggers;

    EventCandidates(AtomFinder atoms, TriggerLexicon triggers) {
        this.atoms = atoms;
        this.triggers = triggers;
    }

    @Override
    public boolean needsParse(Sentence sentence) {
        if (!atoms.find(sentence).isEmpty()) {
            return true;
        }
        return hasTriggerCandidate(sentence) && sentence.tokens().stream()
                .anyMatch(token -> token.isProperNoun() || token.namesPersonOrOrganisation()
                        || Coreference.mayReferToActors(token));
    }

    private boolean hasTriggerCandidate(Sentence sentence) {
        for (Token token : sentence.tokens()) {
            if (token.isVerb() && !triggers.rules(token.lemma(), WordClass.VERB).isEmpty()
                    || token.isNoun() && !triggers.rules(token.lemma(), WordClass.NOUN).isEmpty()
                    || token.isAdjective() && !triggers.rules(token.lemma(), WordClass.ADJECTIVE).isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
