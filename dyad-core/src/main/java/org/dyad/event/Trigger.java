package org.dyad.event;

import java.util.Objects;

/**
 * A word of a sentence that reports an event.
 *
 * @param token      token index of the trigger word in its sentence
 * @param rule       the lexicon rule that fired
 * @param lightVerb  token index of a light verb whose object the trigger noun is ("held talks"), or -1
 * @param partner    token index of the word that met the rule's requirement (the object "tariffs"), or -1
 */
public record Trigger(int token, TriggerRule rule, int lightVerb, int partner) {
    public Trigger {
        Objects.requireNonNull(rule, "rule");
    }

    public boolean hasLightVerb() {
        return lightVerb >= 0;
    }
}
