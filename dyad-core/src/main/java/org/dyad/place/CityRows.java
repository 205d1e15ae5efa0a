package org.dyad.place;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.dyad.resource.TsvTable;

/**
 * Turns the rows of cities.tsv, generated from GeoNames by scripts/gazetteer/build-cities.mjs, into city places,
 * failing on the first bad row with its file and line. Unlike places.tsv, one name may stand for many cities.
 */
final class CityRows {
    static final String RESOURCE = "cities.tsv";
    static final List<String> COLUMNS = List.of("name", "ascii", "country", "lat", "lon", "population");

    private static final Pattern COUNT = Pattern.compile("\\d{1,12}");

    private CityRows() {
    }

    /**
     * The cities of {@code rows} in file order, each a {@link PlaceKind#CITY} whose only alias is its ASCII spelling.
     *
     * @throws IllegalStateException "file:line: reason" for the first malformed row
     */
    static List<Place> read(List<TsvTable.Row> rows) {
        List<Place> cities = new ArrayList<>(rows.size());
        for (TsvTable.Row row : rows) {
            cities.add(parse(row));
        }
        return List.copyOf(cities);
    }

    private static Place parse(TsvTable.Row row) {
        if (row.cells().size() != COLUMNS.size()) {
            throw row.error("expected " + COLUMNS.size() + " columns, found " + row.cells().size());
        }
        double lat = PlaceRows.degrees(row, "lat", row.get(3));
        double lon = PlaceRows.degrees(row, "lon", row.get(4));
        String count = row.get(5);
        if (!COUNT.matcher(count).matches()) {
            throw row.error("population must be a whole number of people, got '" + count + "'");
        }
        String ascii = row.get(1);
        try {
            return new Place(row.get(0), ascii.isEmpty() ? List.of() : List.of(ascii), row.get(2), PlaceKind.CITY,
                    lat, lon, Long.parseLong(count));
        } catch (IllegalArgumentException e) {
            throw row.error(e.getMessage());
        }
    }
}
