package org.dyad.event;

import java.util.Set;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;

/**
 * A past participle used as a passive without its auxiliary: "an agreement brokered by Qatar", "the convoy
 * ambushed near Kandahar", and "the missiles fired by the army struck a depot", which the parser often reads with
 * the participle as the main verb and the missiles as its subject.
 */
final class Participle {
    private static final String PAST_PARTICIPLE = "VBN";
    private static final Set<String> AGENT_RELATIONS = Set.of("obl:by", "obl:agent");

    private Participle() {
    }

    /** Whether the verb is a past participle standing for a passive clause. */
    static boolean isReducedPassive(Sentence sentence, int verb) {
        return described(sentence, verb) >= 0 || misreadSubject(sentence, verb) >= 0;
    }

    /** The noun the participle says something happened to ("the convoy ambushed"), or -1. */
    static int patient(Sentence sentence, int verb) {
        int described = described(sentence, verb);
        return described >= 0 ? described : misreadSubject(sentence, verb);
    }

    private static int described(Sentence sentence, int verb) {
        if (!sentence.token(verb).pos().equals(PAST_PARTICIPLE)) {
            return -1;
        }
        return sentence.graph().parents(verb).stream()
                .filter(up -> up.governor() >= 0 && up.baseRelation().equals("acl"))
                .mapToInt(Dependency::governor).findFirst().orElse(-1);
    }

    /** A bare participle with an agent and no auxiliary, parsed with its patient as subject. */
    private static int misreadSubject(Sentence sentence, int verb) {
        if (!sentence.token(verb).pos().equals(PAST_PARTICIPLE)) {
            return -1;
        }
        boolean agent = false;
        int subject = -1;
        for (Dependency edge : sentence.graph().children(verb)) {
            if (edge.baseRelation().equals("aux")) {
                return -1;
            }
            agent |= AGENT_RELATIONS.contains(edge.relation());
            if (edge.relation().equals("nsubj")) {
                subject = edge.dependent();
            }
        }
        return agent ? subject : -1;
    }
}
