package org.dyad.event;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.actor.Actor;
import org.dyad.place.Location;

/**
 * Acts on a place of the actor's own country that name no one act on the people who live there. "Thai authorities
 * lifted the curfew in the southern provinces of Yala and Pattani", "the army imposed martial law in Rakhine
 * state": a state organ easing or tightening control over its own region. "Militants kidnapped dozens of
 * villagers in Borno state", "the militia could carry out mass killings in El Fasher": assaults and mass
 * violence at home fall on civilians. Fighting at home (19) is left alone: its other side is armed.
 */
final class HomeTargets {
    /** Yielding (08) and coercion (17): acts of control whose object is a population. */
    private static final Set<String> CONTROL_ROOTS = Set.of("08", "17");
    /** Assault (18) and unconventional mass violence (20). */
    private static final Set<String> VIOLENCE_ROOTS = Set.of("18", "20");
    private static final Set<String> STATE_ORGANS = Set.of("GOV", "MIL", "COP", "JUD", "LEG");
    private static final String CIVILIANS = "CVL";

    /** The people of the source's own country, when the act is one of control or violence at a place there. */
    Optional<Actor> people(Actor source, String cameo, Location location) {
        String root = cameo.substring(0, 2);
        boolean control = CONTROL_ROOTS.contains(root) && source.sectors().stream().anyMatch(STATE_ORGANS::contains);
        boolean violence = VIOLENCE_ROOTS.contains(root);
        if (!control && !violence || location == null || source.country() == null
                || !source.country().equals(location.country())) {
            return Optional.empty();
        }
        return Optional.of(new Actor(location.text(), location.name() + " civilians", source.country() + CIVILIANS,
                source.country(), List.of(CIVILIANS), location.begin(), location.end()));
    }
}
