package org.dyad.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dyad.ontology.CameoOntology;

/**
 * Rules that look at all the events of one sentence together:
 * <ul>
 *   <li>a threat takes the target of the act threatened ("threatened to impose tariffs on Mexico" is a threat
 *       against Mexico), and is 138 when the act is violent;</li>
 *   <li>"Russia said it had expelled diplomats" is Russia's act, not also a statement by Russia: a statement
 *       is kept only when its speaker is not the actor of another event of the sentence.</li>
 * </ul>
 */
final class SentenceRefinement {
    private static final String THREATEN_FORCE = "138";
    private static final String THREATEN = "131";

    private final CameoOntology ontology;

    SentenceRefinement(CameoOntology ontology) {
        this.ontology = ontology;
    }

    List<Event> refine(List<Event> events) {
        List<Event> refined = new ArrayList<>();
        for (Event event : events) {
            if (isStatementOfAnActor(event, events)) {
                continue;
            }
            if (event.cameo().root().equals("13") && event.target() == null) {
                refined.addAll(threatsAgainstTargets(event, events));
            } else {
                refined.add(event);
            }
        }
        return refined;
    }

    private static boolean isStatementOfAnActor(Event event, List<Event> events) {
        return event.cameo().root().equals("01") && event.source().code() != null && events.stream()
                .anyMatch(other -> !other.cameo().root().equals("01")
                        && Objects.equals(other.source().code(), event.source().code()));
    }

    private List<Event> threatsAgainstTargets(Event threat, List<Event> events) {
        List<Event> threats = new ArrayList<>();
        for (Event act : events) {
            boolean threatened = act != threat && act.modality() == Modality.HYPOTHETICAL && act.target() != null
                    && threat.trigger().equals(act.modalityCue());
            if (threatened) {
                int root = Integer.parseInt(act.cameo().root());
                String code = root >= 18 || root == 15 ? THREATEN_FORCE : THREATEN;
                threats.add(new Event(threat.id(), threat.article(), threat.sentence(), threat.evidence(),
                        threat.evidenceBegin(), threat.source(), act.target(), ontology.get(code), threat.modality(),
                        threat.modalityCue(), threat.date(), threat.location(), threat.confidence(), threat.rule()
                        + "+act-target", threat.trigger(), threat.triggerBegin(), threat.mentions()));
            }
        }
        return threats.isEmpty() ? List.of(threat) : threats;
    }
}
