package org.dyad.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.dyad.resource.TsvTable;
import org.junit.jupiter.api.Test;

class CityRowsTest {
    private static List<TsvTable.Row> rows(String... lines) {
        List<TsvTable.Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            rows.add(new TsvTable.Row("cities.tsv", i + 5, List.of(lines[i].split("\t", -1))));
        }
        return rows;
    }

    @Test
    void readsCitiesWithTheirAsciiSpellingAsAlias() {
        assertThat(CityRows.read(rows(
                "Kraków\tKrakow\tPOL\t50.06\t19.94\t755050",
                "Paris\t\tUSA\t33.66\t-95.56\t24782"))).containsExactly(
                new Place("Kraków", List.of("Krakow"), "POL", PlaceKind.CITY, 50.06, 19.94, 755_050),
                new Place("Paris", List.of(), "USA", PlaceKind.CITY, 33.66, -95.56, 24_782));
    }

    @Test
    void oneNameMayStandForManyCities() {
        assertThat(CityRows.read(rows(
                "Valencia\t\tESP\t39.47\t-0.38\t814208",
                "Valencia\t\tVEN\t10.16\t-68.01\t1385083"))).hasSize(2);
    }

    @Test
    void reportsTheLineAndReasonOfABadRow() {
        assertError("Paris\t\tUS\t33.66\t-95.56\t24782", "cities.tsv:5: country must be an ISO alpha-3 code");
        assertError("Paris\t\tUSA\t33.7\t-95.56\t24782", "cities.tsv:5: lat must be decimal degrees with two decimals");
        assertError("Paris\t\tUSA\t33.66\t-195.56\t24782", "cities.tsv:5: longitude -195.56 is outside");
        assertError("Paris\t\tUSA\t33.66\t-95.56\t", "cities.tsv:5: population must be a whole number");
        assertError("Paris\t\tUSA\t33.66\t-95.56\t-5", "cities.tsv:5: population must be a whole number");
        assertError("Paris\tParis\tUSA\t33.66\t-95.56\t24782", "cities.tsv:5: alias repeats the name");
        assertError("\t\tUSA\t33.66\t-95.56\t24782", "cities.tsv:5: name is blank");
        assertError("Paris\tUSA\t33.66\t-95.56\t24782", "cities.tsv:5: expected 6 columns, found 5");
    }

    private static void assertError(String line, String message) {
        assertThatThrownBy(() -> CityRows.read(rows(line))).as(line)
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith(message);
    }
}
