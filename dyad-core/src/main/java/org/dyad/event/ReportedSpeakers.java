package org.dyad.event;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;

/**
 * The speaker a pronoun stands for in the clause the speaker reports: in "the teachers' union said they will not end
 * the strike", "they" is the union, even when no list knows the union and coreference therefore cannot name it.
 */
final class ReportedSpeakers {
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we");
    /** How far up a clause's verbs may sit below the reporting verb ("said they would not agree to end ..."). */
    private static final int DEPTH = 4;

    private ReportedSpeakers() {
    }

    /** The subject of the verb that reports the act, when the act's own subject is a personal pronoun. */
    static Optional<Integer> of(Sentence sentence, int act, List<Integer> subjects) {
        boolean pronoun = subjects.stream().anyMatch(head -> sentence.token(head).pos().equals("PRP")
                && PRONOUNS.contains(sentence.token(head).word().toLowerCase(Locale.ROOT)));
        if (!pronoun) {
            return Optional.empty();
        }
        int token = act;
        for (int level = 0; level < DEPTH; level++) {
            Optional<Dependency> up = sentence.graph().head(token).filter(edge -> edge.governor() >= 0);
            if (up.isEmpty()) {
                return Optional.empty();
            }
            if (up.get().baseRelation().equals("ccomp")) {
                return sentence.graph().children(up.get().governor(), "nsubj").stream().findFirst();
            }
            token = up.get().governor();
        }
        return Optional.empty();
    }
}
