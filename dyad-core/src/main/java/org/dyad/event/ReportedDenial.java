package org.dyad.event;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;
import org.dyad.ontology.CameoOntology;

/**
 * Reads a statement that one's own side never did something as a denial (CAMEO 016): "Russia has never attacked
 * civilian infrastructure, the Kremlin spokesman claimed" and "Israel said it did not strike the hospital" deny an
 * act; the negated act stays as it is. What a side says it will not do ("said it would not send troops") is a
 * refusal or an intent, not a denial: an act with a modal verb is no past act to deny.
 */
final class ReportedDenial {
    private static final String PLAIN_STATEMENT = "010";
    private static final String DENY = "016";
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never");

    private final CameoOntology ontology;

    ReportedDenial(CameoOntology ontology) {
        this.ontology = ontology;
    }

    /** The sentence's events with every plain statement that denies an act of its speaker's side read as 016. */
    List<Event> read(Sentence sentence, List<Event> events) {
        return events.stream()
                .map(event -> deniesOwnAct(sentence, event, events)
                        ? event.reread(event.target(), ontology.get(DENY), event.modality(), event.modalityCue(),
                                "denial")
                        : event)
                .toList();
    }

    private static boolean deniesOwnAct(Sentence sentence, Event statement, List<Event> events) {
        String speaker = statement.source().country();
        return statement.cameo().code().equals(PLAIN_STATEMENT) && statement.modality() == Modality.ASSERTED
                && speaker != null && events.stream().anyMatch(act -> act != statement
                        && !act.cameo().root().equals("01") && act.modality() == Modality.NEGATED
                        && act.modalityCue() != null
                        && NEGATIONS.contains(act.modalityCue().toLowerCase(Locale.ROOT))
                        && Objects.equals(speaker, act.source().country())
                        && sentence.tokenAt(act.triggerBegin()).map(Token::index).filter(t -> !hasModal(sentence, t)).isPresent());
    }

    private static boolean hasModal(Sentence sentence, int token) {
        return sentence.graph().children(token).stream()
                .anyMatch(edge -> edge.baseRelation().equals("aux") && sentence.token(edge.dependent()).pos().equals("MD"));
    }
}
