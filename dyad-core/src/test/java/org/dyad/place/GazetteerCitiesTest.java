package org.dyad.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The gazetteer with both layers: curated places.tsv and the GeoNames cities of cities.tsv. */
class GazetteerCitiesTest {
    private static final Gazetteer GAZETTEER = Gazetteer.load();

    private static Place city(String name, String country, double lat, double lon, long population) {
        return new Place(name, List.of(), country, PlaceKind.CITY, lat, lon, population);
    }

    @Test
    void loadsBothLayersAndDropsOnlyCitiesThatRepeatACuratedPlace() {
        List<Place> curated = Gazetteer.loadCurated();
        List<Place> cities = Gazetteer.loadCities();
        List<Place> places = GAZETTEER.places();
        assertThat(places.subList(0, curated.size())).as("curated first, in file order").isEqualTo(curated);
        List<Place> kept = places.subList(curated.size(), places.size());
        Set<Place> fromFile = new HashSet<>(cities);
        assertThat(kept.stream().filter(city -> !fromFile.contains(city)).toList()).isEmpty();
        int dropped = cities.size() - kept.size();
        // Roughly the curated capitals and cities; far fewer than the GeoNames cities.
        assertThat(dropped).isBetween(200, 1_000);
        assertThat(places.size()).isGreaterThan(24_000);
    }

    @Test
    void aCuratedPlaceHidesItsGeoNamesTwinButNotItsNamesakesElsewhere() {
        assertThat(GAZETTEER.candidates("Paris")).extracting(Place::country, Place::kind, Place::population)
                .containsExactly(
                        tuple("FRA", PlaceKind.CAPITAL, 0L),
                        tuple("USA", PlaceKind.CITY, 24_782L));
        // GeoNames' Gaza city lies within a few kilometres of the curated Gaza region, so it is that place.
        assertThat(GAZETTEER.candidates("Gaza")).extracting(Place::kind).containsExactly(PlaceKind.REGION);
    }

    @Test
    void candidatesPutCuratedPlacesFirstThenTheLargerCities() {
        assertThat(GAZETTEER.candidates("Tripoli")).extracting(Place::country).startsWith("LBY", "LBN");
        assertThat(GAZETTEER.candidates("odessa")).extracting(Place::name, Place::country).startsWith(
                tuple("Odesa", "UKR"),
                tuple("Odessa", "USA"));
        List<Place> washington = GAZETTEER.candidates("Washington");
        assertThat(washington.get(0)).extracting(Place::country, Place::kind).containsExactly("USA", PlaceKind.CAPITAL);
        assertThat(washington.subList(1, washington.size())).extracting(Place::population)
                .isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Test
    void orderAmongPlacesOfOneName() {
        Place capital = new Place("Avalon", List.of(), "AAA", PlaceKind.CAPITAL, 10, 10);
        Place curatedCity = new Place("Avalon", List.of(), "BBB", PlaceKind.CITY, 20, 20);
        Place small = city("Avalon", "CCC", 30, 30, 20_000);
        Place large = city("avalon", "DDD", 40, 40, 900_000);
        Gazetteer gazetteer = new Gazetteer(List.of(curatedCity, capital), List.of(small, large));
        assertThat(gazetteer.candidates("AVALON")).containsExactly(capital, curatedCity, large, small);
        assertThat(gazetteer.find("avalon")).as("exact case first").contains(large);

        Gazetteer citiesOnly = new Gazetteer(List.of(), List.of(small, large));
        assertThat(citiesOnly.find("Avalon")).contains(small);
        assertThat(citiesOnly.find("AVALON")).as("the larger when only folded fits").contains(large);
    }

    @Test
    void aGeoNamesCityIsHiddenOnlyByANearbyCuratedPlaceOfTheSameName() {
        Place curated = new Place("Tripoli", List.of(), "LBY", PlaceKind.CAPITAL, 32.89, 13.19);
        Place twin = city("Tripoli", "LBY", 32.90, 13.18, 1_150_989);
        Place namesake = city("Tripoli", "LBN", 34.43, 35.84, 229_398);
        Place neighbour = city("Tajura", "LBY", 32.88, 13.35, 100_000);
        Gazetteer gazetteer = new Gazetteer(List.of(curated), List.of(twin, namesake, neighbour));
        assertThat(gazetteer.places()).containsExactly(curated, namesake, neighbour);
    }

    @Test
    void aCountryDoesNotHideTheCityOfItsName() {
        Place country = new Place("Djibouti", List.of(), "DJI", PlaceKind.COUNTRY, 11.59, 43.15);
        Place city = city("Djibouti", "DJI", 11.59, 43.15, 623_891);
        assertThat(new Gazetteer(List.of(country), List.of(city)).candidates("Djibouti")).containsExactly(country, city);
    }

    @Test
    void findsGeoNamesCitiesByNameAndAsciiSpelling() {
        assertThat(GAZETTEER.find("Krakow")).map(Place::name).contains("Kraków");
        assertThat(GAZETTEER.find("Sao Paulo")).map(Place::country).contains("BRA");
        assertThat(GAZETTEER.find("Lubbock")).map(Place::country).contains("USA");
        assertThat(GAZETTEER.find("Hyderabad")).map(Place::country).contains("IND");
        assertThat(GAZETTEER.candidates("Hyderabad")).extracting(Place::country).contains("IND", "PAK");
        assertThat(GAZETTEER.names()).contains("Lubbock", "Krakow", "Kraków");
    }
}
