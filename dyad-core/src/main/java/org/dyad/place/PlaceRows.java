package org.dyad.place;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.dyad.resource.TsvTable;

/** Turns the rows of places.tsv into places, failing on the first bad row with its file and line. */
final class PlaceRows {
    static final List<String> COLUMNS = List.of("name", "aliases", "country", "kind", "lat", "lon");

    /** Two decimals keep the file uniform and are finer than the places they describe. */
    private static final Pattern DEGREES = Pattern.compile("-?\\d{1,3}\\.\\d{2}");

    private PlaceRows() {
    }

    /**
     * The places of {@code rows} in file order.
     *
     * @throws IllegalStateException "file:line: reason" for the first malformed row, for a name or alias used
     *                               twice within one kind, or for a second country row of the same code
     */
    static List<Place> read(List<TsvTable.Row> rows) {
        List<Place> places = new ArrayList<>(rows.size());
        Map<String, Integer> lineOfName = new HashMap<>();
        Map<String, Integer> lineOfCountry = new HashMap<>();
        for (TsvTable.Row row : rows) {
            Place place = parse(row);
            for (String name : namesOf(place)) {
                Integer first = lineOfName.putIfAbsent(place.kind() + "\t" + name, row.line());
                if (first != null) {
                    throw row.error("'" + name + "' is already a " + kindWord(place.kind()) + " on line " + first);
                }
            }
            if (place.kind() == PlaceKind.COUNTRY) {
                Integer first = lineOfCountry.putIfAbsent(place.country(), row.line());
                if (first != null) {
                    throw row.error("second country row for " + place.country() + " (first on line " + first + ")");
                }
            }
            places.add(place);
        }
        return List.copyOf(places);
    }

    /** The name followed by the aliases. */
    static List<String> namesOf(Place place) {
        List<String> names = new ArrayList<>(1 + place.aliases().size());
        names.add(place.name());
        names.addAll(place.aliases());
        return names;
    }

    static String kindWord(PlaceKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private static Place parse(TsvTable.Row row) {
        if (row.cells().size() != COLUMNS.size()) {
            throw row.error("expected " + COLUMNS.size() + " columns, found " + row.cells().size());
        }
        PlaceKind kind = kind(row, row.get(3));
        double lat = degrees(row, "lat", row.get(4));
        double lon = degrees(row, "lon", row.get(5));
        try {
            return new Place(row.get(0), aliases(row.get(1)), row.get(2), kind, lat, lon);
        } catch (IllegalArgumentException e) {
            throw row.error(e.getMessage());
        }
    }

    private static List<String> aliases(String cell) {
        return cell.isEmpty() ? List.of() : List.of(cell.split("\\|", -1));
    }

    private static PlaceKind kind(TsvTable.Row row, String cell) {
        return switch (cell) {
            case "country" -> PlaceKind.COUNTRY;
            case "capital" -> PlaceKind.CAPITAL;
            case "city" -> PlaceKind.CITY;
            case "region" -> PlaceKind.REGION;
            default -> throw row.error("unknown kind '" + cell + "', expected country, capital, city or region");
        };
    }

    static double degrees(TsvTable.Row row, String column, String cell) {
        if (!DEGREES.matcher(cell).matches()) {
            throw row.error(column + " must be decimal degrees with two decimals (like -33.87), got '" + cell + "'");
        }
        return Double.parseDouble(cell);
    }
}
