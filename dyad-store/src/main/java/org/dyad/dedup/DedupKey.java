package org.dyad.dedup;

import java.util.Locale;
import java.util.Objects;
import org.dyad.actor.Actor;
import org.dyad.event.Event;

/**
 * What two reports of one event must share exactly: who acted, on whom, the CAMEO base code and the modality.
 * An actor without a code is known by its name in lower case; a missing target is the empty string.
 *
 * @param source   source actor code, or {@code ?name} for an unresolved one
 * @param target   target actor code, {@code ?name}, or empty
 * @param baseCode the CAMEO code's first three digits (the root alone for a two-digit code)
 * @param modality asserted, negated, hypothetical or future
 */
public record DedupKey(String source, String target, String baseCode, String modality) {
    public DedupKey {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(baseCode, "baseCode");
        Objects.requireNonNull(modality, "modality");
    }

    /** The key of a coded event. */
    public static DedupKey of(Event event) {
        return new DedupKey(actorKey(event.source()), actorKey(event.target()), baseCode(event.cameo().code()),
                event.modality().label());
    }

    /** {@code "044"} for {@code "0441"} or {@code "044"}; a two-digit root stays as it is. */
    public static String baseCode(String cameo) {
        return cameo.length() > 3 ? cameo.substring(0, 3) : cameo;
    }

    /** One string for the store's {@code dedup_key} column, so candidates are found with one equality. */
    public String asText() {
        return source + "|" + target + "|" + baseCode + "|" + modality;
    }

    private static String actorKey(Actor actor) {
        if (actor == null) {
            return "";
        }
        return actor.code() != null ? actor.code() : "?" + actor.name().toLowerCase(Locale.ROOT);
    }
}
