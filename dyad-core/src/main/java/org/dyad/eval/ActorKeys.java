package org.dyad.eval;

import java.util.Set;

/**
 * The part of an actor code that gold and predicted events must share: the country (the first three letters of
 * "USAGOV") or, for an organisation ("NATO", "HMS"), the whole code.
 */
final class ActorKeys {
    private final Set<String> organisations;

    ActorKeys(Set<String> organisations) {
        this.organisations = Set.copyOf(organisations);
    }

    /** The key of a code, or {@code null} for no actor or an actor without a code. */
    String key(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        if (organisations.contains(code) || code.length() <= 3) {
            return code;
        }
        return code.substring(0, 3);
    }
}
