package org.dyad.actor;

import java.util.List;
import java.util.Objects;

/**
 * An actor of an event as the event record shows it, resolved for the event's date.
 *
 * @param text    the words in the article ("US President Joe Biden", or "their" for a pronoun)
 * @param name    canonical name ("Joe Biden", "China"), or the text when unresolved
 * @param code    CAMEO-style code (country plus sectors, or an organisation's code), or {@code null}
 * @param country ISO 3166-1 alpha-3 country, or {@code null}
 * @param sectors sector codes (GOV, MIL, ...), possibly empty
 * @param begin   character offset of the text in the article
 * @param end     character offset after the text
 */
public record Actor(String text, String name, String code, String country, List<String> sectors, int begin,
                    int end) {
    public Actor {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(name, "name");
        sectors = List.copyOf(sectors);
    }

    public boolean isResolved() {
        return code != null;
    }
}
