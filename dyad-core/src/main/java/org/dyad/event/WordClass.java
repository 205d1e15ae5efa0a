package org.dyad.event;

/** The part of speech a trigger is written for. */
public enum WordClass {
    /** A predicate adjective ("said he was optimistic", "is deeply concerned") is read like a verb. */
    VERB, NOUN, ADJECTIVE;

    /** Whether the trigger takes its participants as a verb does, from its subject and objects. */
    public boolean predicative() {
        return this != NOUN;
    }

    static WordClass parse(String text) {
        return switch (text) {
            case "verb" -> VERB;
            case "noun" -> NOUN;
            case "adjective" -> ADJECTIVE;
            default -> throw new IllegalArgumentException(
                    "word class must be verb, noun or adjective, not '" + text + "'");
        };
    }
}
