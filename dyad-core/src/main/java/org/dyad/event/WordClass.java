package org.dyad.event;

/** The part of speech a trigger is written for. */
public enum WordClass {
    VERB, NOUN;

    static WordClass parse(String text) {
        return switch (text) {
            case "verb" -> VERB;
            case "noun" -> NOUN;
            default -> throw new IllegalArgumentException("word class must be verb or noun, not '" + text + "'");
        };
    }
}
