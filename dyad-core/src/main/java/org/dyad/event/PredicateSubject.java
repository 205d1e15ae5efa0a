package org.dyad.event;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;

/**
 * The subject an event noun is said of: "Norway is the largest donor of aid", "the United States remains the
 * main donor". Such a noun names what its subject does, so the subject is the noun's source.
 */
final class PredicateSubject {
    /** Verbs that, like a copula, say what their subject is: "remains", "became". */
    private static final Set<String> LINKING_VERBS = Set.of("remain", "become", "stay");

    private PredicateSubject() {
    }

    static OptionalInt of(Sentence sentence, int noun) {
        boolean copula = sentence.graph().children(noun).stream().anyMatch(edge -> edge.relation().equals("cop"));
        if (copula) {
            return subject(sentence, noun);
        }
        for (Dependency edge : sentence.graph().parents(noun)) {
            if (edge.governor() >= 0 && edge.baseRelation().equals("xcomp")
                    && LINKING_VERBS.contains(sentence.token(edge.governor()).lemma().toLowerCase(Locale.ROOT))) {
                return subject(sentence, edge.governor());
            }
        }
        return OptionalInt.empty();
    }

    private static OptionalInt subject(Sentence sentence, int head) {
        return sentence.graph().children(head).stream().filter(edge -> edge.relation().equals("nsubj"))
                .mapToInt(Dependency::dependent).findFirst();
    }
}
