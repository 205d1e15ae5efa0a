package org.dyad.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private static final Gazetteer GAZETTEER = Gazetteer.load();

    private static Place place(String name, List<String> aliases, String country, PlaceKind kind) {
        return new Place(name, aliases, country, kind, 10.00, 20.00);
    }

    @Test
    void findsANameAsWritten() {
        assertThat(GAZETTEER.find("Munich")).map(Place::country).contains("DEU");
        assertThat(GAZETTEER.find("Washington, D.C.")).map(Place::name).contains("Washington");
    }

    @Test
    void findsAnAliasAndReturnsThePlaceUnderItsCommonName() {
        assertThat(GAZETTEER.find("Kiev")).map(Place::name).contains("Kyiv");
        assertThat(GAZETTEER.find("Odessa")).map(Place::name).contains("Odesa");
        assertThat(GAZETTEER.find("Peking")).map(Place::name).contains("Beijing");
        assertThat(GAZETTEER.find("Donbass")).map(Place::name).contains("Donbas");
        assertThat(GAZETTEER.find("Gaza Strip")).map(Place::name).contains("Gaza");
    }

    @Test
    void fallsBackToCaseInsensitiveLookup() {
        assertThat(GAZETTEER.find("munich")).map(Place::name).contains("Munich");
        assertThat(GAZETTEER.find("SAN FRANCISCO")).map(Place::country).contains("USA");
        assertThat(GAZETTEER.find("west bank")).map(Place::name).contains("West Bank");
    }

    @Test
    void caseSensitiveMatchWinsOverAFoldedOne() {
        Gazetteer gazetteer = new Gazetteer(List.of(
                place("Nice", List.of(), "FRA", PlaceKind.CITY),
                place("NICE", List.of(), "GBR", PlaceKind.CAPITAL)));
        assertThat(gazetteer.find("Nice")).map(Place::country).contains("FRA");
        assertThat(gazetteer.find("NICE")).map(Place::country).contains("GBR");
        // Folded, both fit: the capital is preferred.
        assertThat(gazetteer.find("nice")).map(Place::country).contains("GBR");
    }

    @Test
    void prefersCapitalThenCityThenRegionThenCountry() {
        Gazetteer gazetteer = new Gazetteer(List.of(
                place("Avalon", List.of(), "AAA", PlaceKind.COUNTRY),
                place("Avalon", List.of(), "BBB", PlaceKind.REGION),
                place("Avalon", List.of(), "CCC", PlaceKind.CITY),
                place("Avalon", List.of(), "DDD", PlaceKind.CAPITAL),
                place("Avalon", List.of(), "EEE", PlaceKind.CITY)));
        assertThat(gazetteer.find("Avalon")).map(Place::country).contains("DDD");

        Gazetteer withoutCapital = new Gazetteer(gazetteer.places().stream()
                .filter(p -> p.kind() != PlaceKind.CAPITAL).toList());
        assertThat(withoutCapital.find("Avalon")).map(Place::country).as("first city in file order").contains("CCC");
    }

    @Test
    void sharedNamesInTheShippedFileResolveToTheCapital() {
        // Tripoli is both Libya's capital and a Lebanese city; Singapore is a country and its capital.
        assertThat(GAZETTEER.find("Tripoli")).map(Place::country).contains("LBY");
        assertThat(GAZETTEER.find("Singapore")).map(Place::kind).contains(PlaceKind.CAPITAL);
        assertThat(GAZETTEER.find("Georgia")).map(Place::kind).contains(PlaceKind.COUNTRY);
    }

    @Test
    void unknownNullAndBlankNamesFindNothing() {
        assertThat(GAZETTEER.find("Narnia")).isEmpty();
        assertThat(GAZETTEER.candidates("Narnia")).isEmpty();
        assertThat(GAZETTEER.candidates(null)).isEmpty();
        assertThat(GAZETTEER.find("")).isEmpty();
        assertThat(GAZETTEER.find(null)).isEmpty();
        assertThat(GAZETTEER.find(" Munich")).as("no trimming: names are looked up as written").isEmpty();
    }

    @Test
    void countryRowByCode() {
        assertThat(GAZETTEER.country("USA")).map(Place::name).contains("United States");
        assertThat(GAZETTEER.country("usa")).map(Place::name).contains("United States");
        assertThat(GAZETTEER.country("XKX")).map(Place::name).contains("Kosovo");
        assertThat(GAZETTEER.country("PSE")).map(Place::kind).contains(PlaceKind.COUNTRY);
        assertThat(GAZETTEER.country("ZZZ")).isEmpty();
        assertThat(GAZETTEER.country(null)).isEmpty();
    }

    @Test
    void namesHoldEveryNameAndAliasAndCannotBeChanged() {
        assertThat(GAZETTEER.names()).contains("Munich", "München", "Washington, D.C.", "Gaza Strip", "Kyiv", "Kiev");
        assertThatThrownBy(() -> GAZETTEER.names().add("Atlantis")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> GAZETTEER.places().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void placesKeepFileOrder() {
        assertThat(GAZETTEER.places().get(0).kind()).isEqualTo(PlaceKind.COUNTRY);
        assertThat(GAZETTEER.places().get(0).name()).isEqualTo("Afghanistan");
    }

    /** The way a location stage will use the gazetteer: match the longest known names in a sentence. */
    @Test
    void locatesThePlacesOfNewsSentences() {
        assertThat(placesIn("Ukrainian drones struck a fuel depot near Sevastopol overnight, officials in Kyiv said."))
                .containsExactly("Sevastopol/UKR/CITY", "Kyiv/UKR/CAPITAL");
        assertThat(placesIn("Foreign ministers met in Munich on Saturday to discuss the war in Gaza."))
                .containsExactly("Munich/DEU/CITY", "Gaza/PSE/REGION");
        assertThat(placesIn("The talks in Washington, D.C. ended without a deal on Crimea."))
                .containsExactly("Washington/USA/CAPITAL", "Crimea/UKR/REGION");
        assertThat(placesIn("Protesters gathered outside the consulate in San Francisco on Monday."))
                .containsExactly("San Francisco/USA/CITY");
    }

    private static List<String> placesIn(String sentence) {
        List<String> names = GAZETTEER.names().stream()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        List<String> found = new ArrayList<>();
        int at = 0;
        while (at < sentence.length()) {
            Optional<String> match = Optional.empty();
            if (at == 0 || !Character.isLetter(sentence.charAt(at - 1))) {
                int start = at;
                match = names.stream().filter(name -> sentence.startsWith(name, start)
                        && (start + name.length() == sentence.length()
                                || !Character.isLetter(sentence.charAt(start + name.length())))).findFirst();
            }
            if (match.isPresent()) {
                Place place = GAZETTEER.find(match.get()).orElseThrow();
                found.add(place.name() + "/" + place.country() + "/" + place.kind());
                at += match.get().length();
            } else {
                at++;
            }
        }
        return found;
    }
}
