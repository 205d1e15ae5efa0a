package org.dyad.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.resource.TsvTable;
import org.junit.jupiter.api.Test;

/** Validates every row of cities.tsv, the file that scripts/gazetteer/build-cities.mjs generates from GeoNames. */
class CitiesTsvTest {
    private static final List<TsvTable.Row> ROWS =
            TsvTable.load(Gazetteer.class, CityRows.RESOURCE, CityRows.COLUMNS).rows();
    private static final List<Place> CITIES = CityRows.read(ROWS);

    @Test
    void holdsTheWorldsCitiesOfAtLeast15000People() {
        assertThat(CITIES).hasSizeGreaterThan(20_000).hasSameSizeAs(ROWS);
        assertThat(CITIES).allSatisfy(city -> {
            assertThat(city.kind()).isEqualTo(PlaceKind.CITY);
            assertThat(city.population()).as(city.name()).isGreaterThanOrEqualTo(15_000);
        });
        assertThat(CITIES.stream().map(Place::country).distinct().count()).as("countries").isGreaterThan(180);
    }

    @Test
    void everyCountryIsAnIsoAlpha3CodeOrKosovo() {
        Set<String> codes = new HashSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
        codes.add("XKX");
        List<String> bad = CITIES.stream().filter(city -> !codes.contains(city.country()))
                .map(city -> city.name() + "/" + city.country()).toList();
        assertThat(bad).isEmpty();
    }

    @Test
    void everyRowHasTwoDecimalCoordinatesOnTheGlobe() {
        for (TsvTable.Row row : ROWS) {
            assertThat(row.get(3)).as("lat of line %d", row.line()).matches("-?\\d{1,2}\\.\\d{2}");
            assertThat(row.get(4)).as("lon of line %d", row.line()).matches("-?\\d{1,3}\\.\\d{2}");
            assertThat(Double.parseDouble(row.get(3))).as("line %d", row.line()).isBetween(-90.0, 90.0);
            assertThat(Double.parseDouble(row.get(4))).as("line %d", row.line()).isBetween(-180.0, 180.0);
        }
    }

    @Test
    void theAsciiSpellingIsPlainAsciiAndOnlyGivenWhenItDiffers() {
        for (Place city : CITIES) {
            for (String ascii : city.aliases()) {
                assertThat(ascii).as(city.name()).matches("[\\x20-\\x7E]+").isNotEqualTo(city.name());
            }
        }
        assertThat(city("Kraków", "POL").aliases()).containsExactly("Krakow");
        assertThat(city("São Paulo", "BRA").aliases()).containsExactly("Sao Paulo");
        assertThat(city("Xi’an", "CHN").aliases()).containsExactly("Xi'an");
        assertThat(city("Paris", "FRA").aliases()).isEmpty();
    }

    @Test
    void rowsAreSortedByNameThenCountry() {
        List<String> keys = new ArrayList<>();
        CITIES.forEach(city -> keys.add(city.name() + "\t" + city.country()));
        assertThat(keys).isSorted();
    }

    @Test
    void spotChecks() {
        Place texas = city("Paris", "USA");
        assertThat(texas.lat()).isCloseTo(33.66, offset(0.05));
        assertThat(texas.lon()).isCloseTo(-95.56, offset(0.05));
        assertThat(city("Paris", "FRA").population()).isGreaterThan(2_000_000);
        assertThat(city("Pristina", "XKX").lat()).isCloseTo(42.67, offset(0.05));
        assertThat(city("Taipei", "TWN").population()).isGreaterThan(1_000_000);
        assertThat(city("Hebron", "PSE").lon()).isCloseTo(35.09, offset(0.05));
        assertThat(city("Lagos", "NGA").population()).isGreaterThan(1_000_000);
        assertThat(city("Valencia", "VEN").lat()).isCloseTo(10.16, offset(0.05));
    }

    private static Place city(String name, String country) {
        List<Place> found = CITIES.stream()
                .filter(city -> city.name().equals(name) && city.country().equals(country)).toList();
        assertThat(found).as(name + "/" + country).hasSize(1);
        return found.get(0);
    }
}
