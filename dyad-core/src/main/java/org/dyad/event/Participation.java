package org.dyad.event;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;

/**
 * Who takes part in a meeting or a visit named by a noun without its own actor: "the South Korean president will
 * join Trump and Abe for three-way talks", "the Senate President will lead a delegation on a visit to Russia".
 * The one who joins, leads or attends holds the talks; the one joined is the other side.
 */
final class Participation {
    private static final Set<String> TAKING_PART = Set.of("join", "lead", "head", "accompany", "attend");
    /** Verbs whose object is a partner in the act, not the act's vehicle. */
    private static final Set<String> WITH_PARTNER = Set.of("join", "accompany");
    private static final Set<String> ACT_LINKS = Set.of("obl:for", "obl:on", "obl:in", "obj", "nmod:for", "nmod:on");
    /** "a delegation on a visit", "a mission for talks": the group that is led carries the act. */
    private static final Set<String> GROUPS = Set.of("delegation", "team", "mission");

    private Participation() {
    }

    /** The verb of taking part that governs the act at {@code act}, or -1. */
    static int verbOf(Sentence sentence, int act) {
        for (Dependency up : sentence.graph().parents(act)) {
            int governor = up.governor();
            if (governor < 0 || !ACT_LINKS.contains(up.relation())) {
                continue;
            }
            if (isTakingPart(sentence, governor)) {
                return governor;
            }
            if (GROUPS.contains(lemma(sentence, governor))) {
                for (Dependency led : sentence.graph().parents(governor)) {
                    if (led.governor() >= 0 && led.relation().equals("obj") && isTakingPart(sentence, led.governor())) {
                        return led.governor();
                    }
                }
            }
        }
        return -1;
    }

    /** Whoever takes part through {@code verb}. */
    static List<Integer> participants(Sentence sentence, int verb) {
        return verb < 0 ? List.of() : sentence.graph().children(verb, "nsubj");
    }

    /** Whom the participants join ("joined Zarif for a meeting"), or none. */
    static List<Integer> partners(Sentence sentence, int verb) {
        return verb < 0 || !WITH_PARTNER.contains(lemma(sentence, verb)) ? List.of()
                : sentence.graph().children(verb, "obj");
    }

    private static boolean isTakingPart(Sentence sentence, int token) {
        return sentence.token(token).isVerb() && TAKING_PART.contains(lemma(sentence, token));
    }

    private static String lemma(Sentence sentence, int token) {
        return sentence.token(token).lemma().toLowerCase(Locale.ROOT);
    }
}
