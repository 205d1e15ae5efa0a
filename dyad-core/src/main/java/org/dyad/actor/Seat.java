package org.dyad.actor;

/**
 * A place or building whose name stands for a government or military, as in "the Kremlin said".
 *
 * @param phrase the name as written, e.g. "Kremlin", "White House"
 * @param code   the actor code it stands for, e.g. "RUSGOV"
 */
public record Seat(String phrase, String code) {
    public Seat {
        Phrases.requireText(phrase, "seat phrase");
        Phrases.requireActorCode(code, "seat code");
    }
}
