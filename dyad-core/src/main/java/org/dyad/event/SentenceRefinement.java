package org.dyad.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dyad.actor.Actor;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;
import org.dyad.ontology.CameoOntology;

/**
 * Rules that look at all the events of one sentence together:
 * <ul>
 *   <li>a concession the actor declares it will not make ("will not lift the ban") is also a refusal to yield
 *       (see {@link DeclaredRefusal}), a warning about what another actor may do a statement (see
 *       {@link ForeignWarning}), and a statement that another actor must act a demand (see
 *       {@link ReportedDemand}), and a statement that judges another harshly criticism or an accusation (see
 *       {@link JudgingStatements});</li>
 *   <li>an act only announced ("is ready to resume talks", "said it would deepen cooperation") is an intent
 *       (see {@link IntentReading});</li>
 *   <li>an act in the complement of an appeal, intent, demand, rejection or threat is folded into it (see
 *       {@link ComplementFolding}): "threatened to impose tariffs on Mexico" is a threat against Mexico, and the
 *       tariffs threatened are no event of their own (see {@link ThreatenedActs});</li>
 *   <li>"Russia said it had expelled diplomats" is Russia's act, not also a statement by Russia, and "Georgian
 *       police detained protesters, the interior ministry said" adds no statement of Georgia: a statement is kept
 *       only when its speaker's country is not that of the actor of another event of the sentence, while a
 *       comment of a particular kind (011 to 019: "denied it had fired the rocket") stays beside the act;</li>
 *   <li>"Denmark will not hold talks with Washington": a talk declined is declined by its subject only;</li>
 *   <li>"..., a diplomat said": a speaker with no country who only reports another event adds no statement;</li>
 *   <li>"Russia has never attacked civilians, the Kremlin claimed": a side saying it did not act denies (016), and
 *       one claiming it did act claims responsibility (015, see {@link OwnActReports}); "said he was hopeful about talks between Sweden and Turkey": a comment is about
 *       the other side of the act it is about (see {@link CommentTopics}).</li>
 * </ul>
 */
final class SentenceRefinement {
    private static final String PLAIN_STATEMENT = "010";
    private static final String UNSPECIFIED_AID = "070";
    /** Relations by which a verb states what its act was for: "sent experts to investigate". */
    private static final Set<String> PURPOSE = Set.of("xcomp", "advcl");

    private final ComplementFolding folding;
    private final IntentReading intents;
    private final DeclaredRefusal refusals;
    private final ReportedDemand demands;
    private final JudgingStatements judging;
    private final ForeignWarning warnings;
    private final OwnActReports ownActs;
    private final CommentTopics topics;
    private final ThreatenedActs threatened = new ThreatenedActs();

    SentenceRefinement(CameoOntology ontology) {
        this.folding = new ComplementFolding(ontology);
        this.intents = new IntentReading(ontology);
        this.refusals = new DeclaredRefusal(ontology);
        this.demands = new ReportedDemand(ontology);
        this.judging = JudgingStatements.load(ontology);
        this.warnings = new ForeignWarning(ontology);
        this.ownActs = new OwnActReports(ontology);
        this.topics = new CommentTopics();
    }

    /** The sentence's events, given trigger by trigger in reading order, refined. */
    List<Event> refine(Sentence sentence, Map<Trigger, List<Event>> byTrigger) {
        List<Event> events = folding.fold(sentence, byTrigger);
        events = intents.read(events);
        events = refusals.read(sentence, events);
        events = demands.read(sentence, events);
        events = judging.read(sentence, events);
        events = warnings.read(sentence, events);
        events = threatened.drop(sentence, events);
        events = ownActs.read(sentence, events);
        events = topics.read(sentence, events);
        List<Event> refined = new ArrayList<>();
        for (Event event : events) {
            if (!isReportingStatement(event, events) && !isNegatedMirror(event, events)
                    && !isDoneByAnotherAct(event, events) && !isSendingForAnotherAct(sentence, event, events)) {
                refined.add(event);
            }
        }
        return refined;
    }

    /**
     * "Denmark will not hold talks with Washington": only the subject declined; the partner named after the
     * trigger did not also decline talks with Denmark.
     */
    private static boolean isNegatedMirror(Event event, List<Event> events) {
        return event.modality() == Modality.NEGATED && event.source().begin() > event.triggerBegin()
                && events.stream().anyMatch(other -> other != event && other.triggerBegin() == event.triggerBegin()
                        && other.modality() == Modality.NEGATED && other.source().begin() < event.triggerBegin());
    }

    /**
     * "Islamic State claimed a car bombing that killed eight soldiers": when the unknown doer of violence (see
     * {@link UnnamedGroups#ofViolence}) is itself an act coded in the sentence, that act is the report, and its
     * author is known there.
     */
    private static boolean isDoneByAnotherAct(Event event, List<Event> events) {
        Actor source = event.source();
        return Integer.parseInt(event.cameo().root()) >= UnnamedGroups.ASSAULT
                && source.code() == null && source.country() == null && events.stream()
                .anyMatch(other -> other != event && other.triggerBegin() >= source.begin()
                        && other.triggerBegin() < source.end());
    }

    /**
     * "France sent experts to investigate the attacks", "India sent a delegation to discuss the border": sending
     * people is no aid of its own (070, not specified) when the act it was for is coded; that act says what happened.
     */
    private static boolean isSendingForAnotherAct(Sentence sentence, Event event, List<Event> events) {
        if (!event.cameo().code().equals(UNSPECIFIED_AID)) {
            return false;
        }
        Optional<Integer> sending = sentence.tokenAt(event.triggerBegin()).map(Token::index);
        return sending.isPresent() && events.stream()
                .filter(other -> !other.cameo().root().equals(event.cameo().root()))
                .map(other -> sentence.tokenAt(other.triggerBegin()).map(Token::index).orElse(-1))
                .anyMatch(act -> sentence.graph().head(act)
                        .filter(edge -> edge.governor() == sending.get() && PURPOSE.contains(edge.baseRelation()))
                        .isPresent());
    }

    private static boolean isReportingStatement(Event event, List<Event> events) {
        // "Japan is considering sending aid", "Hamas denied it had fired the rocket": a comment of a particular
        // kind says more than the act it is about, so it stays beside it; only a plain statement reports.
        if (!event.cameo().code().startsWith(PLAIN_STATEMENT)) {
            return false;
        }
        String speaker = countryOf(event.source());
        // "Moscow denied any involvement, the Kremlin said": a plain statement also gives way to a comment.
        return events.stream()
                .filter(other -> other != event && !other.cameo().code().startsWith(PLAIN_STATEMENT))
                .anyMatch(other -> speaker == null || Objects.equals(countryOf(other.source()), speaker));
    }

    /** The country of an actor, an organisation's own code, or null for a kind with no country. */
    private static String countryOf(Actor actor) {
        if (actor.country() != null) {
            return actor.country();
        }
        return actor.code() != null && !actor.code().equals(actor.sectors().stream().findFirst().orElse(null))
                ? actor.code() : null;
    }
}
