package org.dyad.event;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dyad.actor.Actor;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;
import org.dyad.ontology.CameoOntology;

/**
 * Reads a claim that one's own side did an act of force as a claim of responsibility (CAMEO 015): "the Houthis
 * claimed that they had attacked the Saudi airport" reports what the Houthis say they did, as "claimed the attack"
 * does; the act stays beside the claim. A claim about what another side did ("claimed that Ukraine had shelled the
 * plant") stays a plain statement, and so does a side that only says ("said they had attacked").
 */
final class ReportedClaim {
    private static final String PLAIN_STATEMENT = "010";
    private static final String CLAIM_RESPONSIBILITY = "015";
    private static final String CLAIM = "claim";
    private static final Set<String> COMPLEMENT_LINKS = Set.of("ccomp", "xcomp");
    /** Material conflict: the acts one claims. */
    private static final int FIRST_FORCE = 14;

    private final CameoOntology ontology;

    ReportedClaim(CameoOntology ontology) {
        this.ontology = ontology;
    }

    /** The sentence's events with every plain claim of an own act of force read as 015. */
    List<Event> read(Sentence sentence, List<Event> events) {
        return events.stream()
                .map(event -> claimsOwnAct(sentence, event, events)
                        ? event.reread(event.target(), ontology.get(CLAIM_RESPONSIBILITY), event.modality(),
                                event.modalityCue(), "claim")
                        : event)
                .toList();
    }

    private static boolean claimsOwnAct(Sentence sentence, Event statement, List<Event> events) {
        if (!statement.cameo().code().equals(PLAIN_STATEMENT) || statement.modality() != Modality.ASSERTED) {
            return false;
        }
        Optional<Integer> claim = tokenAt(sentence, statement.triggerBegin())
                .filter(token -> sentence.token(token).lemma().toLowerCase(Locale.ROOT).equals(CLAIM));
        String side = sideOf(statement.source());
        if (claim.isEmpty() || side == null) {
            return false;
        }
        return events.stream().anyMatch(act -> act != statement && act.modality() == Modality.ASSERTED
                && Integer.parseInt(act.cameo().root()) >= FIRST_FORCE
                && Objects.equals(side, sideOf(act.source()))
                && tokenAt(sentence, act.triggerBegin()).filter(token -> complementOf(sentence, token, claim.get()))
                        .isPresent());
    }

    private static boolean complementOf(Sentence sentence, int token, int claim) {
        return sentence.graph().parents(token).stream().anyMatch(edge -> edge.governor() == claim
                && COMPLEMENT_LINKS.contains(edge.baseRelation()));
    }

    /** The country of an actor, or the code of one with no country (an armed group). */
    private static String sideOf(Actor actor) {
        return actor.country() != null ? actor.country() : actor.code();
    }

    private static Optional<Integer> tokenAt(Sentence sentence, int begin) {
        return sentence.tokens().stream().filter(token -> token.begin() == begin).map(Token::index).findFirst();
    }
}
