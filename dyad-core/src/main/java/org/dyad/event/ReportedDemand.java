package org.dyad.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dyad.actor.Actor;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;
import org.dyad.ontology.CameoOntology;

/**
 * Reads a statement that another actor must act as a demand (CAMEO 100): "Russia said Israel must end its strikes on
 * Syria" and "the EU says a military intervention must be avoided" are demands, not plain comments. The demand is
 * made of the actor of the act the clause reports, when it found one; the act itself stays as the coder read it
 * (hypothetical). "Iran said it must defend itself" is no demand: a pronoun subject is most often the speaker.
 */
final class ReportedDemand {
    private static final String PLAIN_STATEMENT = "010";
    private static final String DEMAND = "100";
    private static final Set<String> OBLIGATION = Set.of("must");

    private final CameoOntology ontology;

    ReportedDemand(CameoOntology ontology) {
        this.ontology = ontology;
    }

    /** The sentence's events with every statement that someone must act read as a demand. */
    List<Event> read(Sentence sentence, List<Event> events) {
        List<Event> result = new ArrayList<>();
        for (Event event : events) {
            Optional<Integer> clause = event.cameo().code().equals(PLAIN_STATEMENT)
                    ? triggerOf(sentence, event.triggerBegin()).flatMap(token -> obligationClause(sentence, token))
                    : Optional.empty();
            result.add(clause.map(head -> asDemand(event, demandedOf(sentence, head, event, events))).orElse(event));
        }
        return result;
    }

    private static Optional<Integer> triggerOf(Sentence sentence, int begin) {
        return sentence.tokenAt(begin).map(Token::index);
    }

    /** The head of the reported clause that says someone must act, unless its subject is a pronoun. */
    private static Optional<Integer> obligationClause(Sentence sentence, int statement) {
        return sentence.graph().children(statement).stream()
                .filter(edge -> edge.baseRelation().equals("ccomp"))
                .map(Dependency::dependent)
                .filter(head -> sentence.graph().children(head, "aux").stream()
                        .anyMatch(aux -> OBLIGATION.contains(sentence.token(aux).word().toLowerCase(Locale.ROOT))))
                .filter(head -> sentence.graph().children(head, "nsubj").stream()
                        .noneMatch(subject -> sentence.token(subject).pos().startsWith("PRP")))
                .findFirst();
    }

    /** The actor of the first act reported inside the clause, when it is not the speaker. */
    private static Actor demandedOf(Sentence sentence, int clause, Event statement, List<Event> events) {
        Set<Integer> inside = sentence.graph().subtree(clause);
        return events.stream()
                .filter(other -> other != statement && !other.cameo().root().equals("01"))
                .filter(other -> triggerOf(sentence, other.triggerBegin()).filter(inside::contains).isPresent())
                .map(Event::source)
                .filter(actor -> actor.code() == null || !Objects.equals(actor.code(), statement.source().code()))
                .findFirst().orElse(statement.target());
    }

    private Event asDemand(Event statement, Actor target) {
        return statement.reread(target, ontology.get(DEMAND), statement.modality(), statement.modalityCue(), "must");
    }
}
