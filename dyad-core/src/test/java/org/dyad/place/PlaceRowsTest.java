package org.dyad.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.dyad.resource.TsvTable;
import org.junit.jupiter.api.Test;

class PlaceRowsTest {
    private static List<TsvTable.Row> rows(String... lines) {
        List<TsvTable.Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            rows.add(new TsvTable.Row("places.tsv", i + 2, List.of(lines[i].split("\t", -1))));
        }
        return rows;
    }

    @Test
    void readsRowsInFileOrder() {
        List<Place> places = PlaceRows.read(rows(
                "Germany\t\tDEU\tcountry\t51.00\t10.00",
                "Munich\tMünchen\tDEU\tcity\t48.14\t11.58"));
        assertThat(places).containsExactly(
                new Place("Germany", List.of(), "DEU", PlaceKind.COUNTRY, 51.00, 10.00),
                new Place("Munich", List.of("München"), "DEU", PlaceKind.CITY, 48.14, 11.58));
    }

    @Test
    void splitsAliasesOnBars() {
        Place usa = PlaceRows.read(rows("United States\tUSA|US|U.S.|America\tUSA\tcountry\t39.50\t-98.50")).get(0);
        assertThat(usa.aliases()).containsExactly("USA", "US", "U.S.", "America");
    }

    @Test
    void reportsTheLineAndReasonOfABadRow() {
        assertThatThrownBy(() -> PlaceRows.read(rows(
                "Germany\t\tDEU\tcountry\t51.00\t10.00",
                "Munich\t\tDEU\ttown\t48.14\t11.58")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("places.tsv:3: unknown kind 'town', expected country, capital, city or region");
    }

    @Test
    void rejectsMalformedCells() {
        assertError("Munich\t\tDEU\tcity\t48.1\t11.58", "places.tsv:2: lat must be decimal degrees with two decimals");
        assertError("Munich\t\tDEU\tcity\t48.14\teast", "places.tsv:2: lon must be decimal degrees");
        assertError("Munich\t\tDEU\tcity\tNaN\t11.58", "places.tsv:2: lat must be decimal degrees");
        assertError("Munich\t\tDEU\tcity\t148.14\t11.58", "places.tsv:2: latitude 148.14 is outside [-90, 90]");
        assertError("Munich\t\tDE\tcity\t48.14\t11.58", "places.tsv:2: country must be an ISO alpha-3 code");
        assertError("\t\tDEU\tcity\t48.14\t11.58", "places.tsv:2: name is blank");
        assertError("Munich\tMünchen||Muenchen\tDEU\tcity\t48.14\t11.58", "places.tsv:2: alias is blank");
        assertError("Munich\t\tDEU\tcity\t48.14", "places.tsv:2: expected 6 columns, found 5");
        assertError("Munich\t\tDEU\tCity\t48.14\t11.58", "places.tsv:2: unknown kind 'City'");
    }

    private static void assertError(String line, String message) {
        assertThatThrownBy(() -> PlaceRows.read(rows(line))).as(line)
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith(message);
    }

    @Test
    void rejectsANameUsedTwiceWithinOneKind() {
        assertThatThrownBy(() -> PlaceRows.read(rows(
                "Odesa\tOdessa\tUKR\tcity\t46.48\t30.72",
                "Odessa\t\tUSA\tcity\t31.85\t-102.37")))
                .hasMessage("places.tsv:3: 'Odessa' is already a city on line 2");
    }

    @Test
    void allowsOneNameForPlacesOfDifferentKinds() {
        assertThat(PlaceRows.read(rows(
                "Singapore\t\tSGP\tcountry\t1.35\t103.82",
                "Singapore\t\tSGP\tcapital\t1.29\t103.85"))).hasSize(2);
    }

    @Test
    void rejectsASecondCountryRowForOneCode() {
        assertThatThrownBy(() -> PlaceRows.read(rows(
                "Russia\t\tRUS\tcountry\t60.00\t100.00",
                "Russian Federation\t\tRUS\tcountry\t60.00\t100.00")))
                .hasMessage("places.tsv:3: second country row for RUS (first on line 2)");
    }
}
