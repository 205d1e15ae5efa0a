package org.dyad.event;

import java.util.List;
import java.util.Set;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;

/**
 * Targets a verb finds in the clauses around it rather than among its own dependents: the target of the act it
 * frames ("urged Iran to release the crew") and the parties of the deal it brokered ("a ceasefire brokered by the
 * US" between the signing sides).
 */
final class ClauseTargets {
    private static final Set<String> PARTY_RELATIONS = Set.of("nsubj", "obj");

    private ClauseTargets() {
    }

    /** "threatened to attack South Korea", "urged Iran to release": the target of the act named. */
    static void complementTargets(Sentence sentence, int verb, List<Integer> targets, List<String> pattern) {
        for (Dependency edge : sentence.graph().children(verb)) {
            if (!edge.baseRelation().equals("xcomp")) {
                continue;
            }
            for (Dependency inner : sentence.graph().children(edge.dependent())) {
                String base = inner.baseRelation();
                // "found the journalist guilty": the subject of a small clause is who the verb acts on.
                boolean smallClauseSubject = inner.relation().equals("nsubj");
                if (base.equals("obj") || smallClauseSubject
                        || base.equals("obl") && ArgumentReader.TARGET_PREPOSITIONS.contains(inner.specifier())) {
                    ArgumentReader.add(targets, inner.dependent(), pattern, "xcomp");
                }
                if (base.equals("obj")) {
                    // "willing to end their dispute with the government": the other side of what is acted on.
                    sentence.graph().children(inner.dependent(), "nmod:with")
                            .forEach(partner -> ArgumentReader.add(targets, partner, pattern, "xcomp-with"));
                }
            }
        }
    }

    /**
     * "Armenia and Azerbaijan signed a ceasefire brokered by the US", "freed a hostage in a deal brokered by
     * Qatar": the parties of a mediated deal are the subject and object of the clause the deal belongs to.
     */
    static void mediatedParties(Sentence sentence, int verb, List<Integer> targets, List<String> pattern) {
        for (Dependency toDeal : sentence.graph().parents(verb)) {
            if (toDeal.governor() < 0 || !toDeal.baseRelation().equals("acl")) {
                continue;
            }
            int deal = toDeal.governor();
            for (Dependency toClause : sentence.graph().parents(deal)) {
                if (toClause.governor() < 0) {
                    continue;
                }
                for (Dependency party : sentence.graph().children(toClause.governor())) {
                    if (PARTY_RELATIONS.contains(party.relation()) && party.dependent() != deal) {
                        ArgumentReader.add(targets, party.dependent(), pattern, "parties");
                    }
                }
            }
        }
    }
}
