package org.dyad.event;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.dyad.actor.Actor;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;
import org.dyad.ontology.CameoOntology;

/**
 * Reads a warning about what someone else may do or what may happen as a statement (010), not a threat (13):
 * "aid groups warned that the militia could carry out massacres" and "the UN warned that an invasion could cost
 * thousands of lives" threaten nobody. A warning stays a threat when its reported clause is the warner's own act
 * ("Turkey warned it would cut off water", "Putin warned that Russia could strike") or when it is addressed to
 * someone ("warned Iran that an attack would be answered").
 */
final class ForeignWarning {
    private static final String WARN = "warn";
    private static final String THREATEN_ROOT = "13";
    private static final String PLAIN_STATEMENT = "010";

    private final CameoOntology ontology;

    ForeignWarning(CameoOntology ontology) {
        this.ontology = ontology;
    }

    /** The sentence's events with every warning about another actor's act, or about no act, read as a statement. */
    List<Event> read(Sentence sentence, List<Event> events) {
        return events.stream()
                .map(event -> isForeignWarning(sentence, event, events) ? asStatement(event) : event)
                .distinct().toList();
    }

    private static boolean isForeignWarning(Sentence sentence, Event event, List<Event> events) {
        if (!event.cameo().root().equals(THREATEN_ROOT)) {
            return false;
        }
        Optional<Token> trigger = sentence.tokenAt(event.triggerBegin()).filter(token -> token.lemma().equals(WARN));
        if (trigger.isEmpty() || !sentence.graph().children(trigger.get().index(), "obj").isEmpty()) {
            return false;
        }
        return sentence.graph().children(trigger.get().index(), "ccomp").stream()
                .flatMap(clause -> sentence.graph().children(clause, "nsubj").stream())
                .map(sentence::token)
                .findFirst()
                .filter(subject -> !subject.pos().startsWith("PRP") && !isWarnersSide(subject, event, events))
                .isPresent();
    }

    /** Whether the subject of the warned clause names the warner or an actor of the warner's country. */
    private static boolean isWarnersSide(Token subject, Event warning, List<Event> events) {
        Actor warner = warning.source();
        return events.stream().flatMap(other -> Stream.of(other.source(), other.target()))
                .filter(Objects::nonNull)
                .filter(actor -> actor.begin() <= subject.begin() && subject.end() <= actor.end())
                .anyMatch(actor -> Objects.equals(actor.code(), warner.code())
                        || actor.country() != null && Objects.equals(actor.country(), warner.country()));
    }

    private Event asStatement(Event warning) {
        return warning.reread(null, ontology.get(PLAIN_STATEMENT), warning.modality(), warning.modalityCue(),
                "warning");
    }
}
