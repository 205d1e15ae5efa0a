package org.dyad.actor;

import java.util.List;

/**
 * A state as news names it.
 *
 * @param code       ISO 3166-1 alpha-3 code (XKX for Kosovo, which has none)
 * @param name       the common English short name, e.g. "China"
 * @param aliases    other names, former names and abbreviations, e.g. "People's Republic of China", "PRC"
 * @param adjectives adjectives, demonyms and combining forms, e.g. "Chinese", "Sino"
 * @param capitals   the capital and other cities whose name stands for the government, e.g. "Beijing"
 */
public record Country(String code, String name, List<String> aliases, List<String> adjectives,
                      List<String> capitals) {
    public Country {
        Phrases.requireText(code, "country code");
        Phrases.requireCountryCodeOrNull(code, "country code");
        Phrases.requireText(name, "country name");
        aliases = Phrases.requireList(aliases, "alias");
        adjectives = Phrases.requireList(adjectives, "adjective");
        capitals = Phrases.requireList(capitals, "capital");
    }
}
