package org.dyad.event;

import java.util.List;
import java.util.Set;
import org.dyad.nlp.Sentence;

/**
 * "Japan and South Korea expressed agreement on the need for a response", "British and American agencies shared
 * information on Houthi launch sites", "Chinese and Philippine officials held talks on the South China Sea": when
 * coordinated parties do a symmetric act, an "on", "over" or "about" phrase says what the act is about, and the
 * parties act towards each other rather than towards the topic.
 */
final class SymmetricTopics {
    private static final Set<String> TOPIC_PREPOSITIONS = Set.of("on", "over", "about");

    /** The arguments without the targets that are only topics of a coordinated symmetric act. */
    Arguments strip(Sentence sentence, Trigger trigger, Arguments args) {
        if (!trigger.rule().symmetric() || !coordinated(sentence, args.sources())) {
            return args;
        }
        List<Integer> kept = args.targets().stream().filter(target -> !isTopic(sentence, target)).toList();
        if (kept.size() == args.targets().size()) {
            return args;
        }
        return new Arguments(args.sources(), kept, args.places(), args.pattern(), args.respectively(),
                args.pairwise(), args.inherited());
    }

    /** "Japan and South Korea", "British and American intelligence agencies". */
    private static boolean coordinated(Sentence sentence, List<Integer> sources) {
        if (sources.size() > 1) {
            return true;
        }
        return sources.stream().anyMatch(source -> !sentence.graph().children(source, "conj").isEmpty()
                || sentence.graph().children(source, "amod").stream()
                        .anyMatch(adjective -> !sentence.graph().children(adjective, "conj").isEmpty()));
    }

    private static boolean isTopic(Sentence sentence, int target) {
        return sentence.graph().parents(target).stream()
                .anyMatch(edge -> TOPIC_PREPOSITIONS.contains(edge.specifier()));
    }
}
