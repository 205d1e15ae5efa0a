package org.dyad.event;

import java.util.Locale;

/** Whether an event happened, as the text tells it. Declared in order of precedence when cues disagree. */
public enum Modality {
    /** Said not to have happened: "has not wanted to put pressure on Putin". */
    NEGATED,
    /** Conditional, possible or speculative: "would", "if", "unlikely to", "a potential return". */
    HYPOTHETICAL,
    /** Planned, announced or upcoming: "will visit", "an upcoming journey", a date after the article's. */
    FUTURE,
    /** It happened or is happening, also when reported by someone. */
    ASSERTED;

    /** The lower-case name used in the event record. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Modality parse(String text) {
        return switch (text) {
            case "negated" -> NEGATED;
            case "hypothetical" -> HYPOTHETICAL;
            case "future" -> FUTURE;
            case "asserted" -> ASSERTED;
            default -> throw new IllegalArgumentException("unknown modality '" + text + "'");
        };
    }
}
