package org.dyad.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;
import org.dyad.ontology.CameoOntology;

/**
 * Reads a concession an actor declares it will not make as a refusal to yield (CAMEO 124): "Israel will not release
 * the prisoners until ...", "the union said it won't end the strike", "Turkey will not lift the ban" and "Lebanon
 * cannot accept more refugees" report that the actor refuses, not only that the act did not happen. The negated act
 * stays; the refusal is added, from the same actor towards the same target. Only a negation in the future or the
 * conditional ("will not", "would not", "cannot") declares a stance: "has not lifted the blockade" only reports that
 * nothing happened, and other families ("will not hold talks", "would not send weapons") stay negated acts.
 */
final class DeclaredRefusal {
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never");
    /** Auxiliaries whose negation declares what the actor is willing to do. */
    private static final Set<String> STANCE_AUXILIARIES = Set.of("will", "wo", "would", "can", "ca", "shall");
    private static final String YIELD_ROOT = "08";
    /** Granting asylum or a refuge: "will not accept refugees" is a refusal to yield too. */
    private static final String GRANT_ASYLUM = "075";
    private static final String DECLINE_TO_YIELD = "124";

    private final CameoOntology ontology;

    DeclaredRefusal(CameoOntology ontology) {
        this.ontology = ontology;
    }

    /** The sentence's events with a refusal added after every concession the actor declares it will not make. */
    List<Event> read(Sentence sentence, List<Event> events) {
        List<Event> result = new ArrayList<>();
        for (Event event : events) {
            result.add(event);
            if (isDeclaredRefusal(sentence, event)) {
                result.add(asRefusal(event));
            }
        }
        return result;
    }

    private static boolean isDeclaredRefusal(Sentence sentence, Event event) {
        boolean concession = event.cameo().root().equals(YIELD_ROOT) || event.cameo().code().equals(GRANT_ASYLUM);
        if (!concession || event.modality() != Modality.NEGATED || event.modalityCue() == null
                || !NEGATIONS.contains(event.modalityCue().toLowerCase(Locale.ROOT))) {
            return false;
        }
        return triggerOf(sentence, event).map(token -> hasStanceAuxiliary(sentence, token)).orElse(false);
    }

    private static Optional<Integer> triggerOf(Sentence sentence, Event event) {
        return sentence.tokenAt(event.triggerBegin()).map(Token::index);
    }

    /** "will not release", and for an event noun the verb that carries it: "will not grant them asylum". */
    private static boolean hasStanceAuxiliary(Sentence sentence, int token) {
        if (auxiliaryOf(sentence, token)) {
            return true;
        }
        return sentence.graph().parents(token).stream()
                .filter(edge -> edge.governor() >= 0 && edge.baseRelation().equals("obj"))
                .anyMatch(edge -> auxiliaryOf(sentence, edge.governor()));
    }

    private static boolean auxiliaryOf(Sentence sentence, int token) {
        return sentence.graph().children(token).stream()
                .filter(edge -> edge.baseRelation().equals("aux"))
                .map(Dependency::dependent)
                .map(child -> sentence.token(child).word().toLowerCase(Locale.ROOT))
                .anyMatch(word -> STANCE_AUXILIARIES.contains(word) || word.equals("cannot"));
    }

    private Event asRefusal(Event act) {
        return act.reread(act.target(), ontology.get(DECLINE_TO_YIELD), Modality.ASSERTED, null, "refusal");
    }
}
