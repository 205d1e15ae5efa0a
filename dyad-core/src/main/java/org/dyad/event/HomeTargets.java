package org.dyad.event;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.actor.Actor;
import org.dyad.nlp.Token;
import org.dyad.place.Location;

/**
 * Whom an act at home names no one for. Acts on a place of the actor's own country that name no one act on the
 * people who live there. "Thai authorities lifted the curfew in the southern provinces of Yala and Pattani", "the
 * army imposed martial law in Rakhine state": a state organ easing or tightening control over its own region.
 * "Militants kidnapped dozens of villagers in Borno state", "the militia could carry out mass killings in El
 * Fasher": assaults and mass violence at home fall on civilians. Fighting at home (19) by a state is left alone:
 * its other side is armed; but an armed group that blockades, occupies or attacks a place of its own country
 * ("the Houthis imposed a blockade on the city of Taiz") acts against that country. People who protest or demand
 * naming no one address their own government.
 */
final class HomeTargets {
    /** Yielding (08) and coercion (17): acts of control whose object is a population. */
    private static final Set<String> CONTROL_ROOTS = Set.of("08", "17");
    /** Assault (18) and unconventional mass violence (20). */
    private static final Set<String> VIOLENCE_ROOTS = Set.of("18", "20");
    /** Force postures to mass violence: the acts by which an armed group holds ground against its own state. */
    private static final int FIRST_FORCE_ROOT = 15;
    private static final Set<String> STATE_ORGANS = Set.of("GOV", "MIL", "COP", "JUD", "LEG");
    private static final String ARMED_GROUP = "REB";
    /** The argument label of a place near which an act happened ("fought near Marib"). */
    private static final String NEARBY = "near";
    private static final String CIVILIANS = "CVL";
    private static final String PROTEST_ROOT = "14";
    private static final Set<String> PROTESTERS = Set.of("CVL", "OPP", "PTY", "BUS", "MED", "REF");
    private static final String DEMAND_ROOT = "10";
    /** The people and parties of a country, whose demands naming no one are put to their own government. */
    private static final Set<String> CITIZENS = Set.of("CVL", "OPP", "PTY");
    private static final String GOVERNMENT = "GOV";

    /** The people of the source's own country, when the act is one of control or violence at a place there. */
    Optional<Actor> people(Actor source, String cameo, Location location) {
        String root = cameo.substring(0, 2);
        boolean control = CONTROL_ROOTS.contains(root) && isStateOrgan(source);
        boolean violence = VIOLENCE_ROOTS.contains(root);
        if (!control && !violence || location == null || source.country() == null
                || !source.country().equals(location.country())) {
            return Optional.empty();
        }
        return Optional.of(new Actor(location.text(), location.name() + " civilians", source.country() + CIVILIANS,
                source.country(), List.of(CIVILIANS), location.begin(), location.end()));
    }

    /**
     * The source's own country, when an armed group that is no organ of a state acts by force on a place of its
     * own country: "the Houthis imposed a blockade on the city of Taiz", "Maoist rebels attacked a police post in
     * Chhattisgarh". A state acting on its own ground names its other side, or has none.
     */
    Optional<Actor> ground(Actor source, Trigger trigger, Arguments args, Location location) {
        int root = Integer.parseInt(trigger.rule().cameo().substring(0, 2));
        // "fighters fought near Marib" names no one fought against: only an act on an object.
        // A place "near" which an act happened is read as its target only when nothing else is.
        boolean actsOnSomething = trigger.partner() >= 0 || !args.targets().isEmpty()
                && Arrays.stream(args.pattern().split("-")).noneMatch(NEARBY::equals);
        if (!actsOnSomething || root < FIRST_FORCE_ROOT || location == null || source.country() == null
                || !source.country().equals(location.country()) || !isArmedGroup(source)) {
            return Optional.empty();
        }
        return Optional.of(new Actor(location.text(), location.name(), location.country(), location.country(),
                List.of(), location.begin(), location.end()));
    }

    /** An organisation of a country ("Houthis", "Boko Haram") or rebels placed there, never a state organ. */
    private static boolean isArmedGroup(Actor source) {
        boolean organisation = source.code() != null && !source.code().startsWith(source.country());
        return !isStateOrgan(source) && (organisation || source.sectors().contains(ARMED_GROUP));
    }

    private static boolean isStateOrgan(Actor source) {
        return source.sectors().stream().anyMatch(STATE_ORGANS::contains);
    }

    /**
     * The source's own government, when people protest or demand naming no one: "marched through Hong Kong against
     * the extradition bill", "protesters in Tbilisi demanded new elections".
     */
    Optional<Actor> government(Actor source, String cameo, Token trigger) {
        boolean protest = cameo.startsWith(PROTEST_ROOT) && source.sectors().stream().anyMatch(PROTESTERS::contains);
        boolean demand = cameo.startsWith(DEMAND_ROOT) && source.sectors().stream().anyMatch(CITIZENS::contains);
        if (!protest && !demand || source.country() == null) {
            return Optional.empty();
        }
        return Optional.of(new Actor(trigger.word(), source.country() + " government", source.country() + GOVERNMENT,
                source.country(), List.of(GOVERNMENT), trigger.begin(), trigger.end()));
    }
}
