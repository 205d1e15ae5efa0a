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
 * @param population number of inhabitants as GeoNames counts them, 0 when unknown (the curated places.tsv rows)
 */
public record Place(String name, List<String> aliases, String country, PlaceKind kind, double lat, double lon,
                    long population) {
    private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{3}");
    private static final double EARTH_RADIUS_KM = 6371;

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
        if (population < 0) {
            throw new IllegalArgumentException("population " + population + " is negative");
        }
    }

    /** A place of unknown population, as the curated rows of places.tsv are. */
    public Place(String name, List<String> aliases, String country, PlaceKind kind, double lat, double lon) {
        this(name, aliases, country, kind, lat, lon, 0);
    }

    /** Great-circle distance in kilometres, on a sphere of the Earth's mean radius. */
    double kilometresTo(Place other) {
        double dLat = Math.toRadians(other.lat - lat);
        double dLon = Math.toRadians(other.lon - lon);
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat)) * Math.cos(Math.toRadians(other.lat)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
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
