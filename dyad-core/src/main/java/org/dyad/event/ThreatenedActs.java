package org.dyad.event;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * A threat is the threat, not the act it threatens (CAMEO 13): "threatened to impose tariffs on Mexico" and "vowed
 * to crush the rebels" record the threat alone, since the tariffs and the crushing did not happen. A warning read as
 * a statement about someone else's act ("aid groups warned that the militia could carry out massacres") threatens
 * nothing, so the act it warns of stays, hypothetical.
 */
final class ThreatenedActs {
    private static final String THREATEN_ROOT = "13";
    /**
     * From a threatened act up to its threat: "threatened to attack", "warned it would launch an attack",
     * "threatened to expel the ambassador if Washington imposed sanctions".
     */
    private static final Set<String> COMPLEMENT_LINKS = Set.of("xcomp", "ccomp", "conj", "obj", "advcl");
    private static final int MAX_CLIMB = 3;

    /** The sentence's events without the acts that only a threat of the sentence names. */
    List<Event> drop(Sentence sentence, List<Event> events) {
        Set<Integer> threats = events.stream()
                .filter(event -> event.cameo().root().equals(THREATEN_ROOT) && event.modality() == Modality.ASSERTED)
                .map(Event::triggerBegin).collect(Collectors.toUnmodifiableSet());
        if (threats.isEmpty()) {
            return events;
        }
        return events.stream().filter(event -> !isThreatened(sentence, event, threats)).toList();
    }

    private static boolean isThreatened(Sentence sentence, Event event, Set<Integer> threats) {
        if (event.modality() != Modality.HYPOTHETICAL && event.modality() != Modality.FUTURE
                || event.cameo().root().equals(THREATEN_ROOT)) {
            return false;
        }
        Optional<Token> trigger = sentence.tokenAt(event.triggerBegin());
        if (trigger.isEmpty()) {
            return false;
        }
        int current = trigger.get().index();
        for (int step = 0; step < MAX_CLIMB; step++) {
            Optional<Dependency> link = sentence.graph().parents(current).stream()
                    .filter(up -> up.governor() >= 0 && COMPLEMENT_LINKS.contains(up.baseRelation()))
                    .findFirst();
            if (link.isEmpty()) {
                return false;
            }
            current = link.get().governor();
            if (threats.contains(sentence.token(current).begin())) {
                return true;
            }
        }
        return false;
    }
}
