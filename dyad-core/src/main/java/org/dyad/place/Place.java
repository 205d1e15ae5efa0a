package org.dyad.place;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One gazetteer entry.
 *
 * @param name    the common English name
 * @param aliases other names and spellings under which the place is found (never the name itself)
 * @param country ISO 3166-1 alpha-3 code of the country the place belongs to (XKX for Kosovo)
 * @param kind    what sort of place this is
 * @param lat     latitude of a representative point, degrees north
 * @param lon     longitude of a representative point, degrees east
 */
public record Place(String name, List<String> aliases, String country, PlaceKind kind, double lat, double lon) {
    private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{3}");

    public Place {
        requireName(name, "name");
        aliases = List.copyOf(aliases);
        for (String alias : aliases) {
            requireName(alias, "alias");
            if (alias.equals(name)) {
                throw new IllegalArgumentException("alias repeats the name '" + name + "'");
            }
        }
        if (aliases.stream().distinct().count() != aliases.size()) {
            throw new IllegalArgumentException("an alias is listed twice in " + aliases);
        }
        Objects.requireNonNull(country, "country");
        if (!COUNTRY_CODE.matcher(country).matches()) {
            throw new IllegalArgumentException("country must be an ISO alpha-3 code (three capital letters), got '"
                    + country + "'");
        }
        Objects.requireNonNull(kind, "kind");
        // Written as negated range checks so that NaN is rejected too.
        if (!(lat >= -90 && lat <= 90)) {
            throw new IllegalArgumentException("latitude " + lat + " is outside [-90, 90]");
        }
        if (!(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("longitude " + lon + " is outside [-180, 180]");
        }
    }

    private static void requireName(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " is blank");
        }
        if (!value.strip().equals(value)) {
            throw new IllegalArgumentException(what + " '" + value + "' has leading or trailing spaces");
        }
    }
}
