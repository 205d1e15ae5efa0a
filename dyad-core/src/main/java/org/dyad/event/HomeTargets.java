package org.dyad.event;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.actor.Actor;
import org.dyad.place.Location;

/**
 * "Thai authorities lifted the curfew in the southern provinces of Yala and Pattani", "the army imposed martial
 * law in Rakhine state": a state organ easing or tightening control over a region of its own country, with no
 * one named, acts on the people who live there.
 */
final class HomeTargets {
    /** Yielding (08) and coercion (17): acts of control whose object is a population. */
    private static final Set<String> CONTROL_ROOTS = Set.of("08", "17");
    private static final Set<String> STATE_ORGANS = Set.of("GOV", "MIL", "COP", "JUD", "LEG");
    private static final String CIVILIANS = "CVL";

    /** The people of the source's own country, when the act is one of control over a place there. */
    Optional<Actor> people(Actor source, String cameo, Location location) {
        boolean control = CONTROL_ROOTS.contains(cameo.substring(0, 2));
        boolean stateOrgan = source.sectors().stream().anyMatch(STATE_ORGANS::contains);
        if (!control || !stateOrgan || location == null || source.country() == null
                || !source.country().equals(location.country())) {
            return Optional.empty();
        }
        return Optional.of(new Actor(location.text(), location.name() + " civilians", source.country() + CIVILIANS,
                source.country(), List.of(CIVILIANS), location.begin(), location.end()));
    }
}
