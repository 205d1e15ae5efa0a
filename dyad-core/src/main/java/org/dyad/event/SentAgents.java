package org.dyad.event;

import java.util.List;
import java.util.Set;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;

/**
 * The actor behind people sent to act: in "France sent experts to investigate the attacks" and "the agency is
 * dispatching a team to Detroit to investigate", the experts and the team are nobody by name; the investigation is
 * France's and the agency's. Only verbs of sending lend their subject, and only to an act the people were sent for.
 */
final class SentAgents {
    private static final Set<String> SENDING = Set.of("send", "dispatch", "deploy", "despatch", "assign");
    private static final Set<String> PURPOSE_LINKS = Set.of("xcomp", "advcl");

    private SentAgents() {
    }

    /** The subjects of the sending verb whose object {@code agent} was sent to do {@code act}, or none. */
    static List<Integer> senders(Sentence sentence, int act, List<Integer> agents) {
        for (Dependency up : sentence.graph().parents(act)) {
            int verb = up.governor();
            if (verb < 0 || !PURPOSE_LINKS.contains(up.baseRelation())
                    || !SENDING.contains(sentence.token(verb).lemma())) {
                continue;
            }
            boolean sentAgent = sentence.graph().children(verb).stream()
                    .anyMatch(edge -> edge.baseRelation().equals("obj") && agents.contains(edge.dependent()));
            if (sentAgent) {
                return sentence.graph().children(verb).stream()
                        .filter(edge -> edge.relation().equals("nsubj"))
                        .map(Dependency::dependent).toList();
            }
        }
        return List.of();
    }
}
