package org.dyad.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;

/**
 * The author of an act named by a noun without one, told by the clause around it: who claims an attack did it
 * ("the Houthis claimed responsibility for Sunday's attack", "Islamic State claimed a car bombing", "the attack was
 * claimed by Islamic State"); who is complained to, or summoned over an act did it ("lodged a complaint
 * with Belarus over the violation of its airspace", "summoned the Iranian ambassador to protest against the
 * strike"). An accusation ("accused Colombia of an assassination attempt") reports a charge, not the act.
 */
final class ActAuthors {
    private static final Set<String> CLAIMING = Set.of("claim");
    /** "claimed responsibility for", "took credit for", "accepted responsibility for". */
    private static final Set<String> OWNING = Set.of("responsibility", "credit");
    private static final Set<String> OWNING_VERBS = Set.of("claim", "take", "accept", "assume", "bear", "admit");
    private static final Set<String> GRIEVANCES = Set.of("complaint", "protest", "complain", "summon", "condemn",
            "reprimand", "rebuke", "démarche", "demarche");
    private static final Set<String> GRIEVANCE_LINKS = Set.of("over", "against", "about", "for");
    /** Who a grievance is addressed to: "complained to China", "lodged a complaint with Belarus". */
    private static final Set<String> ADDRESSEE_LINKS = Set.of("to", "with");
    private static final Set<String> PURPOSE_LINKS = Set.of("xcomp", "advcl");

    private ActAuthors() {
    }

    /**
     * The tokens naming the author of the act at {@code act}, or none; a grievance names the author only of a
     * {@code hostile} act ("complained to China about the talks" says nothing of who talked).
     */
    static List<Integer> of(Sentence sentence, int act, boolean hostile) {
        List<Integer> claimers = claimers(sentence, act);
        return claimers.isEmpty() && hostile ? grieved(sentence, act) : claimers;
    }

    private static List<Integer> claimers(Sentence sentence, int act) {
        for (Dependency up : sentence.graph().parents(act)) {
            int governor = up.governor();
            if (governor < 0) {
                continue;
            }
            String lemma = lemma(sentence, governor);
            if (CLAIMING.contains(lemma) && up.relation().equals("obj")) {
                return subjects(sentence, governor);
            }
            if (CLAIMING.contains(lemma) && up.relation().startsWith("nsubj:pass")) {
                return children(sentence, governor, "obl:agent", "obl:by");
            }
            if (up.relation().equals("nmod:for") && OWNING.contains(lemma)
                    || up.relation().equals("obl:for") && OWNING_VERBS.contains(lemma)) {
                int verb = OWNING.contains(lemma) ? ownerVerb(sentence, governor) : governor;
                if (verb >= 0) {
                    return subjects(sentence, verb);
                }
            }
        }
        return List.of();
    }

    private static int ownerVerb(Sentence sentence, int owning) {
        for (Dependency up : sentence.graph().parents(owning)) {
            if (up.governor() >= 0 && up.relation().equals("obj") && OWNING_VERBS.contains(lemma(sentence, up.governor()))) {
                return up.governor();
            }
        }
        return -1;
    }

    private static List<Integer> grieved(Sentence sentence, int act) {
        for (Dependency up : sentence.graph().parents(act)) {
            int governor = up.governor();
            if (governor < 0 || !GRIEVANCE_LINKS.contains(up.specifier())
                    || !GRIEVANCES.contains(lemma(sentence, governor))) {
                continue;
            }
            List<Integer> addressees = new ArrayList<>(children(sentence, governor, "obj"));
            for (Dependency edge : sentence.graph().children(governor)) {
                if (ADDRESSEE_LINKS.contains(edge.specifier()) && !edge.relation().startsWith("conj")) {
                    addressees.add(edge.dependent());
                }
            }
            if (addressees.isEmpty()) {
                // "summoned the Iranian ambassador to protest against the strike": the one summoned.
                for (Dependency purpose : sentence.graph().parents(governor)) {
                    if (purpose.governor() >= 0 && PURPOSE_LINKS.contains(purpose.baseRelation())
                            && GRIEVANCES.contains(lemma(sentence, purpose.governor()))) {
                        addressees.addAll(children(sentence, purpose.governor(), "obj"));
                    }
                }
            }
            return List.copyOf(addressees);
        }
        return List.of();
    }

    private static List<Integer> subjects(Sentence sentence, int verb) {
        return children(sentence, verb, "nsubj");
    }

    private static List<Integer> children(Sentence sentence, int token, String... relations) {
        Set<String> wanted = Set.of(relations);
        return sentence.graph().children(token).stream().filter(edge -> wanted.contains(edge.relation()))
                .map(Dependency::dependent).toList();
    }

    private static String lemma(Sentence sentence, int token) {
        return sentence.token(token).lemma().toLowerCase(Locale.ROOT);
    }
}
