package org.dyad.actor;

import java.util.List;

/**
 * An international body, alliance or non-state armed group with its own actor code.
 *
 * @param code    the organisation's actor code, e.g. "NATO", "UNO", "HMS"
 * @param name    its common English name
 * @param aliases other names and abbreviations
 * @param country the ISO alpha-3 code of the state it is based in or bound to, or {@code null} for
 *                international bodies
 */
public record Organisation(String code, String name, List<String> aliases, String country) {
    public Organisation {
        Phrases.requireActorCode(code, "organisation code");
        Phrases.requireText(name, "organisation name");
        aliases = Phrases.requireList(aliases, "alias");
        Phrases.requireCountryCodeOrNull(country, "organisation country");
    }
}
