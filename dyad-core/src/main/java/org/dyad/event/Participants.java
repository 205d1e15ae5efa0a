package org.dyad.event;

import java.util.ArrayList;
import java.util.List;
import org.dyad.actor.ActorMention;
import org.dyad.actor.AtomKind;
import org.dyad.actor.Coreference;
import org.dyad.actor.DocumentActors;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;

/**
 * Turns argument head tokens into actors: a pronoun or "the two presidents" through coreference, a name through
 * the actor phrase it heads, and every actor coordinated with it ("Xi and Biden", "China, Russia and Iran").
 */
final class Participants {
    private final DocumentActors actors;
    private final Coreference coreference;

    Participants(DocumentActors actors, Coreference coreference) {
        this.actors = actors;
        this.coreference = coreference;
    }

    List<ActorMention> resolve(Sentence sentence, List<Integer> heads) {
        List<Integer> expanded = new ArrayList<>(heads);
        for (int head : heads) {
            for (Dependency edge : sentence.graph().children(head)) {
                if (edge.baseRelation().equals("conj") && !expanded.contains(edge.dependent())) {
                    expanded.add(edge.dependent());
                }
            }
        }
        List<ActorMention> found = new ArrayList<>();
        for (int head : expanded) {
            List<ActorMention> referred = coreference.resolve(sentence.index(), head);
            if (!referred.isEmpty()) {
                referred.forEach(mention -> addNew(found, mention));
            } else {
                actors.actorAt(sentence.index(), head).ifPresent(mention -> {
                    addNew(found, mention);
                    coordinatedNationalities(sentence, head, mention).forEach(other -> addNew(found, other));
                });
            }
        }
        return List.copyOf(found);
    }

    /**
     * "Chinese and American diplomats", "the Polish and Lithuanian armies": one actor per nationality, each with
     * the group's sector.
     */
    private List<ActorMention> coordinatedNationalities(Sentence sentence, int head, ActorMention first) {
        List<ActorMention> more = new ArrayList<>();
        for (int adjective : sentence.graph().children(head, "amod")) {
            for (int other : sentence.graph().children(adjective, "conj")) {
                actors.atomAt(sentence.index(), other)
                        .filter(atom -> atom.kind() == AtomKind.NATIONALITY && atom.country() != null
                                && !atom.country().equals(first.country()))
                        .ifPresent(atom -> more.add(new ActorMention(sentence.index(), other,
                                sentence.token(other).begin(), sentence.token(other).end(), sentence.token(other).word(),
                                null, atom.country(), first.sector(), null, atom.name(), first.certain())));
            }
        }
        return more;
    }

    private static void addNew(List<ActorMention> found, ActorMention mention) {
        boolean known = found.stream().anyMatch(other -> other.begin() == mention.begin()
                && other.end() == mention.end() && other.name().equals(mention.name()));
        if (!known) {
            found.add(mention);
        }
    }
}
