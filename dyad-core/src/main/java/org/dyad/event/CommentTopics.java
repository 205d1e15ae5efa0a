package org.dyad.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.dyad.actor.Actor;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * Gives a comment of pessimism or optimism (012, 013) that names no one the other side of the act it is about:
 * "Erdogan said he was hopeful about a new round of talks between Sweden and Turkey" is Turkey's optimism towards
 * Sweden. The act is one whose trigger lies inside the comment's phrase; its first participant of another
 * country than the commenter's is the target. The act itself stays an event.
 */
final class CommentTopics {
    private static final String COMMENT_ROOT = "01";
    /** Pessimism and optimism are about something ahead; a denial or a claim is about one's own deeds. */
    private static final Set<String> MOODS = Set.of("012", "013");

    /** The sentence's events with every untargeted comment aimed at the other side of its topic. */
    List<Event> read(Sentence sentence, List<Event> events) {
        List<Event> result = new ArrayList<>();
        for (Event event : events) {
            result.add(isUntargetedComment(event)
                    ? otherSide(sentence, event, events).map(target -> aimed(event, target)).orElse(event)
                    : event);
        }
        return result;
    }

    private static boolean isUntargetedComment(Event event) {
        return event.target() == null && MOODS.contains(event.cameo().code()) && event.source().country() != null;
    }

    private static Optional<Actor> otherSide(Sentence sentence, Event comment, List<Event> events) {
        Optional<Integer> head = sentence.tokenAt(comment.triggerBegin()).map(Token::index);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Set<Integer> phrase = sentence.graph().subtree(head.get());
        String own = comment.source().country();
        return events.stream()
                .filter(act -> act != comment && !act.cameo().root().equals(COMMENT_ROOT))
                .filter(act -> sentence.tokenAt(act.triggerBegin()).map(Token::index).filter(phrase::contains).isPresent())
                .flatMap(act -> Stream.of(act.source(), act.target()))
                .filter(actor -> actor != null && actor.code() != null
                        && !Objects.equals(actor.country() != null ? actor.country() : actor.code(), own))
                .findFirst();
    }

    private static Event aimed(Event comment, Actor target) {
        return comment.reread(target, comment.cameo(), comment.modality(), comment.modalityCue(), "topic");
    }
}
