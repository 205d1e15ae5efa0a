package org.dyad.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceTest {
    @Test
    void keepsAnUnmodifiableCopyOfTheAliases() {
        List<String> aliases = new ArrayList<>(List.of("Kiev"));
        Place kyiv = new Place("Kyiv", aliases, "UKR", PlaceKind.CAPITAL, 50.45, 30.52);
        aliases.add("Kyjiw");
        assertThat(kyiv.aliases()).containsExactly("Kiev");
        assertThatThrownBy(() -> kyiv.aliases().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rejectsBadNamesAndAliases() {
        assertThatThrownBy(() -> new Place(" ", List.of(), "UKR", PlaceKind.CITY, 1, 1))
                .hasMessage("name is blank");
        assertThatThrownBy(() -> new Place("Lviv ", List.of(), "UKR", PlaceKind.CITY, 1, 1))
                .hasMessageContaining("leading or trailing spaces");
        assertThatThrownBy(() -> new Place("Lviv", List.of(""), "UKR", PlaceKind.CITY, 1, 1))
                .hasMessage("alias is blank");
        assertThatThrownBy(() -> new Place("Lviv", List.of("Lviv"), "UKR", PlaceKind.CITY, 1, 1))
                .hasMessageContaining("repeats the name");
        assertThatThrownBy(() -> new Place("Lviv", List.of("Lvov", "Lvov"), "UKR", PlaceKind.CITY, 1, 1))
                .hasMessageContaining("listed twice");
    }

    @Test
    void rejectsBadCountryCodes() {
        for (String code : List.of("UA", "ukr", "UKRA", "U1R")) {
            assertThatThrownBy(() -> new Place("Lviv", List.of(), code, PlaceKind.CITY, 1, 1))
                    .as(code).hasMessageContaining("ISO alpha-3");
        }
    }

    @Test
    void rejectsCoordinatesOffTheGlobe() {
        assertThatThrownBy(() -> new Place("X", List.of(), "UKR", PlaceKind.CITY, 90.01, 0))
                .hasMessageContaining("latitude");
        assertThatThrownBy(() -> new Place("X", List.of(), "UKR", PlaceKind.CITY, Double.NaN, 0))
                .hasMessageContaining("latitude");
        assertThatThrownBy(() -> new Place("X", List.of(), "UKR", PlaceKind.CITY, 0, -180.5))
                .hasMessageContaining("longitude");
        assertThat(new Place("X", List.of(), "UKR", PlaceKind.CITY, -90, 180).lon()).isEqualTo(180);
    }

    @Test
    void populationIsZeroWhenUnknownAndNeverNegative() {
        assertThat(new Place("Lviv", List.of(), "UKR", PlaceKind.CITY, 49.84, 24.03).population()).isZero();
        assertThat(new Place("Lviv", List.of(), "UKR", PlaceKind.CITY, 49.84, 24.03, 717_273).population())
                .isEqualTo(717_273);
        assertThatThrownBy(() -> new Place("Lviv", List.of(), "UKR", PlaceKind.CITY, 49.84, 24.03, -1))
                .hasMessageContaining("population -1 is negative");
    }

    @Test
    void measuresGreatCircleDistances() {
        Place paris = new Place("Paris", List.of(), "FRA", PlaceKind.CAPITAL, 48.86, 2.35);
        Place london = new Place("London", List.of(), "GBR", PlaceKind.CAPITAL, 51.51, -0.13);
        assertThat(paris.kilometresTo(london)).isBetween(335.0, 350.0);
        assertThat(london.kilometresTo(paris)).isEqualTo(paris.kilometresTo(london));
        assertThat(paris.kilometresTo(paris)).isZero();
    }
}
