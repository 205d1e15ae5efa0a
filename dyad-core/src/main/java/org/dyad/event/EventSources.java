package org.dyad.event;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.actor.ActorMention;
import org.dyad.nlp.Sentence;

/**
 * Who did the act at a trigger. The clause's own subject or agent comes first; when it names no actor, news
 * conventions name one, tried in order from the surest: the sender of what was sent, the author of a nominal
 * act, whoever takes part in it, the issuer of a document, an unnamed group, the speaker a pronoun of a reported
 * clause stands for, the implicit agent of an agentless
 * passive of authority ("was arrested in Niger": Niger's police), and last, for violence, whatever the clause
 * names as its doer ("a car bomb killed six").
 */
final class EventSources {
    /** Demands, disapproval, threats and force: acts whose nominal form names its author by complaint or claim. */
    private static final int HOSTILE = 10;

    private final GroupNouns groupNouns;
    private final ImplicitAgents implicit;

    EventSources(GroupNouns groupNouns, ImplicitAgents implicit) {
        this.groupNouns = groupNouns;
        this.implicit = implicit;
    }

    /**
     * The sources found, the arguments to read targets from (an implicit agent may move the clause's subject to
     * the targets), and the verb through which the actors take part in a nominal act, or -1.
     */
    record Found(List<ActorMention> sources, Arguments arguments, int takingPart) {
        Found {
            sources = List.copyOf(sources);
        }
    }

    Found of(String text, Sentence sentence, Trigger trigger, Arguments read, Participants participants,
             Set<Integer> eventNouns, Set<String> context) {
        // "Israel's attack on Lebanon killed dozens": the attack is the event, not an actor that killed.
        List<Integer> sourceHeads = read.sources().stream().filter(head -> !eventNouns.contains(head)).toList();
        List<ActorMention> sources = participants.resolveSources(sentence, sourceHeads);
        if (sources.isEmpty()) {
            sources = participants.resolve(sentence, SentAgents.senders(sentence, trigger.token(), sourceHeads));
        }
        boolean nominal = trigger.rule().wordClass() == WordClass.NOUN;
        if (sources.isEmpty() && nominal) {
            boolean hostile = Integer.parseInt(trigger.rule().cameo().substring(0, 2)) >= HOSTILE;
            sources = participants.resolve(sentence, ActAuthors.of(sentence, trigger.token(), hostile));
        }
        // "joined Zarif for a meeting", "will lead a delegation on a visit to Russia"
        int takingPart = nominal && sources.isEmpty() ? Participation.verbOf(sentence, trigger.token()) : -1;
        if (sources.isEmpty()) {
            sources = participants.resolve(sentence, Participation.participants(sentence, takingPart));
        }
        if (sources.isEmpty()) {
            sources = participants.resolve(sentence, DocumentIssuers.of(sentence, trigger.token(), sourceHeads, groupNouns));
        }
        if (sources.isEmpty()) {
            sources = UnnamedGroups.of(text, sentence, trigger.token(), sourceHeads, groupNouns);
        }
        if (sources.isEmpty()) {
            // "the teachers' union said they will not end the strike": "they" is the union, whoever it is.
            Optional<Integer> speaker = ReportedSpeakers.of(sentence, trigger.token(), sourceHeads);
            if (speaker.isPresent()) {
                sources = participants.resolveSources(sentence, List.of(speaker.get()));
                if (sources.isEmpty()) {
                    int verb = sentence.graph().head(speaker.get()).map(edge -> edge.governor()).orElse(-1);
                    sources = UnnamedGroups.of(text, sentence, verb, List.of(speaker.get()), groupNouns);
                }
            }
        }
        if (!sources.isEmpty()) {
            return new Found(sources, read, takingPart);
        }
        // "was arrested in Niger": an agentless passive of authority is done by the state of its place.
        Optional<ImplicitAgents.Agency> agency = implicit.of(text, sentence, trigger, read, participants, context);
        if (agency.isPresent()) {
            return new Found(agency.get().agents(), agency.get().arguments(), takingPart);
        }
        // "a car bomb killed six soldiers": violence by an unknown hand is still reported.
        List<ActorMention> unknown = trigger.rule().wordClass() == WordClass.VERB
                ? UnnamedGroups.ofViolence(text, sentence, trigger, read.sources(), groupNouns) : List.of();
        return new Found(unknown, read, takingPart);
    }
}
