package org.dyad.event;

import org.dyad.nlp.Sentence;

/**
 * A word the tagger took for a noun although the parser gave it a subject and a direct object, as verbs have:
 * "Germany and UNICEF hand over 30 vehicles", "Authorities ease restrictions" in headline style. Such a word is
 * read as the verb it is.
 */
final class MistaggedVerb {
    private MistaggedVerb() {
    }

    static boolean is(Sentence sentence, int token) {
        if (!sentence.token(token).isNoun() || sentence.token(token).isProperNoun()) {
            return false;
        }
        var children = sentence.graph().children(token);
        return children.stream().anyMatch(edge -> edge.relation().equals("nsubj"))
                && children.stream().anyMatch(edge -> edge.baseRelation().equals("obj"));
    }
}
