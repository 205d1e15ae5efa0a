package org.dyad.actor;

/**
 * A noun for a group that gives a sector, such as "troops" (MIL) or "the Knesset" (LEG, Israel).
 *
 * @param phrase  the noun as written; lower case unless it is a proper name
 * @param sector  the sector code, e.g. "MIL"
 * @param country the ISO alpha-3 code when the noun belongs to one state only (Knesset, Duma), else {@code null}
 */
public record SectorNoun(String phrase, String sector, String country) {
    public SectorNoun {
        Phrases.requireText(phrase, "sector phrase");
        Sector.require(sector);
        Phrases.requireCountryCodeOrNull(country, "sector country");
    }
}
