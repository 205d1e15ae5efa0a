package org.dyad.event;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.dyad.actor.Actor;
import org.dyad.place.Location;

/**
 * Narrows an event's code by who acts on whom and where: the same words are another act when crowds fight, when a
 * state's forces fire on its own crowds, when a state bans its own people, when two sides meet in a third
 * country, when a state rather than a crowd protests, when police rather than soldiers are deployed, or when troops are sent to another state rather than massed.
 */
final class ParticipantCodes {
    private static final String CONSULT = "040";
    private static final String THIRD_LOCATION = "044";
    /** Crowds rather than armed forces: when they fight, it is a violent protest. */
    private static final Set<String> CROWDS = Set.of("CVL", "OPP");
    private static final String FIGHT = "190";
    private static final String VIOLENT_PROTEST = "145";
    private static final String SANCTIONS = "163";
    private static final Set<String> FIRING = Set.of("190", "193");
    private static final Set<String> FORCES = Set.of("COP", "MIL");
    private static final String VIOLENT_REPRESSION = "175";
    private static final String ADMINISTRATIVE_SANCTIONS = "172";
    /** Sanctions on one's own former officials stay sanctions; a ban on one's own people is repression. */
    private static final String BAN = "ban";
    private static final String FORCE_POSTURE = "154";
    private static final String POLICE_POSTURE = "153";
    /** Troops sent to another state are coded as the aid they were first coded as (tests pin "sent troops to" 070). */
    private static final String AID = "070";
    private static final Set<String> SENDING = Set.of("send", "dispatch", "despatch");
    private static final String DEMONSTRATE = "140";
    private static final String COMPLAIN_OFFICIALLY = "114";
    /** Who speaks for a state: the state by its name, or its government. */
    private static final Set<String> STATE_VOICES = Set.of("GOV");
    /** "sent troops to the Ukrainian border": troops massed at a frontier are a posture, not help. */
    private static final Set<String> FRONTIERS = Set.of("border", "frontier", "front", "boundary");

    private ParticipantCodes() {
    }

    /** The code of an act read through {@code triggerLemma}, given its participants and place. */
    static String of(String code, String triggerLemma, Actor source, Actor target, Location location) {
        if (code.equals(FIGHT) && hasSector(source, CROWDS)) {
            // "protesters clashed with police": civilians fighting is a riot, not armed combat.
            return VIOLENT_PROTEST;
        }
        if (FIRING.contains(code) && hasSector(source, FORCES) && target != null && hasSector(target, CROWDS)
                && sameCountry(source, target)) {
            // "security forces opened fire on protesters": a state's force against its own crowds is repression.
            return VIOLENT_REPRESSION;
        }
        if (code.equals(SANCTIONS) && triggerLemma.equals(BAN) && target != null && sameCountry(source, target)) {
            // "Venezuela banned the opposition leader from office": a ban on one's own people is repression.
            return ADMINISTRATIVE_SANCTIONS;
        }
        if (code.equals(DEMONSTRATE) && triggerLemma.equals("protest") && source.country() != null
                && target != null && target.country() != null && !target.country().equals(source.country())
                && STATE_VOICES.containsAll(source.sectors())) {
            // "Japan protested China's detention of its citizen": a state protesting to another complains officially.
            return COMPLAIN_OFFICIALLY;
        }
        if (code.equals(FORCE_POSTURE) && source.sectors().contains("COP")) {
            // "police deployed extra officers": the police's strength is police power, not armed force.
            return POLICE_POSTURE;
        }
        if (code.equals(FORCE_POSTURE) && SENDING.contains(triggerLemma) && target != null && target.code() != null
                && !Objects.equals(target.country(), source.country()) && !namesFrontier(target)) {
            // "Pakistan sent 500 troops to Saudi Arabia", "Japan is sending troops to the UN force": troops sent to
            // another state or to an international body are help, not a posture.
            return AID;
        }
        if (code.equals(CONSULT) && location != null && target != null && target.country() != null
                && !location.country().equals(source.country()) && !location.country().equals(target.country())) {
            return THIRD_LOCATION;
        }
        return code;
    }

    private static boolean namesFrontier(Actor target) {
        return Arrays.stream(target.text().toLowerCase(Locale.ROOT).split("\\W+"))
                .anyMatch(FRONTIERS::contains);
    }

    private static boolean hasSector(Actor actor, Set<String> sectors) {
        return actor.sectors().stream().anyMatch(sectors::contains);
    }

    private static boolean sameCountry(Actor source, Actor target) {
        return target.country() != null && target.country().equals(source.country());
    }
}
