package org.dyad.event;

import java.util.Locale;
import java.util.Set;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;

/**
 * "vetoed a draft resolution on North Korea sanctions", "a bill on the lifting of the curfew", "a debate about the
 * war": an event noun that is only what a document or debate is about reports no act; its country modifier names
 * whom the topic concerns ("North Korea sanctions" are sanctions on North Korea), not who acts.
 */
final class TopicNouns {
    private static final Set<String> TOPIC_PREPOSITIONS = Set.of("on", "about", "over", "regarding", "concerning");
    /** Texts and debates that deliberate a measure; reports and studies may well describe acts that happened. */
    private static final Set<String> DOCUMENTS = Set.of("resolution", "draft", "bill", "law", "legislation",
            "motion", "debate", "vote", "referendum", "decree", "text", "hearing");

    private TopicNouns() {
    }

    /** Whether the noun at {@code token} is the topic of a document or debate noun. */
    static boolean isTopic(Sentence sentence, int token) {
        for (Dependency up : sentence.graph().parents(token)) {
            if (up.governor() >= 0 && up.baseRelation().equals("nmod")
                    && TOPIC_PREPOSITIONS.contains(up.specifier())
                    && DOCUMENTS.contains(sentence.token(up.governor()).lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
