package org.dyad.actor;

import java.util.Locale;

/**
 * A title that makes an actor of a person or group once a country is attached ("Chinese Foreign Minister",
 * "the president of France").
 *
 * @param phrase the title in lower case, to be matched without regard to case, e.g. "foreign minister"
 * @param sector the sector code the title gives, e.g. "GOV"
 */
public record Title(String phrase, String sector) {
    public Title {
        Phrases.requireText(phrase, "title phrase");
        if (!phrase.equals(phrase.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("title phrase '" + phrase + "' is not lower case");
        }
        Sector.require(sector);
    }
}
