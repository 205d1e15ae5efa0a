package org.dyad.event;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.dyad.actor.Actor;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;
import org.dyad.ontology.CameoOntology;

/**
 * Reads what a side says about its own acts. A statement that one's own side never did something is a denial
 * (CAMEO 016): "Russia has never attacked civilian infrastructure, the Kremlin spokesman claimed" and "Israel said it
 * did not strike the hospital" deny an act; the negated act stays as it is. What a side says it will not do ("said
 * it would not send troops") is a refusal or an intent, not a denial: an act with a modal verb is no past act to
 * deny. A claim that one's own side did something is a claim of responsibility (015) beside the act: "the Houthis
 * claimed that they had attacked the airport".
 */
final class OwnActReports {
    private static final String PLAIN_STATEMENT = "010";
    private static final String DENY = "016";
    private static final String CLAIM_RESPONSIBILITY = "015";
    private static final String CLAIM = "claim";
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never");

    private final CameoOntology ontology;

    OwnActReports(CameoOntology ontology) {
        this.ontology = ontology;
    }

    /** The sentence's events with every plain statement about an act of its speaker's side read as 016 or 015. */
    List<Event> read(Sentence sentence, List<Event> events) {
        return events.stream().map(event -> reread(sentence, event, events)).toList();
    }

    private Event reread(Sentence sentence, Event event, List<Event> events) {
        if (!isPlainAssertedStatement(event)) {
            return event;
        }
        if (deniesOwnAct(sentence, event, events)) {
            return event.reread(event.target(), ontology.get(DENY), event.modality(), event.modalityCue(), "denial");
        }
        if (claimsOwnAct(sentence, event, events)) {
            return event.reread(event.target(), ontology.get(CLAIM_RESPONSIBILITY), event.modality(),
                    event.modalityCue(), "claim");
        }
        return event;
    }

    private static boolean isPlainAssertedStatement(Event event) {
        return event.cameo().code().equals(PLAIN_STATEMENT) && event.modality() == Modality.ASSERTED
                && side(event.source()) != null;
    }

    private static boolean deniesOwnAct(Sentence sentence, Event statement, List<Event> events) {
        return events.stream().anyMatch(act -> isOwnAct(statement, act) && act.modality() == Modality.NEGATED
                && act.modalityCue() != null && NEGATIONS.contains(act.modalityCue().toLowerCase(Locale.ROOT))
                && sentence.tokenAt(act.triggerBegin()).map(Token::index)
                        .filter(token -> !hasModal(sentence, token)).isPresent());
    }

    private static boolean claimsOwnAct(Sentence sentence, Event statement, List<Event> events) {
        boolean claimed = sentence.tokenAt(statement.triggerBegin())
                .filter(token -> token.lemma().equals(CLAIM)).isPresent();
        return claimed && events.stream().anyMatch(act -> isOwnAct(statement, act)
                && act.modality() == Modality.ASSERTED && act.triggerBegin() > statement.triggerBegin());
    }

    private static boolean isOwnAct(Event statement, Event act) {
        return act != statement && !act.cameo().root().equals("01")
                && Objects.equals(side(statement.source()), side(act.source()));
    }

    /** A state's country; an organisation with no country is a side of its own ("Islamic State"). */
    private static String side(Actor actor) {
        return actor.country() != null ? actor.country() : actor.code();
    }

    private static boolean hasModal(Sentence sentence, int token) {
        return sentence.graph().children(token).stream().anyMatch(edge -> edge.baseRelation().equals("aux")
                && sentence.token(edge.dependent()).pos().equals("MD"));
    }
}
