package org.dyad.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Validates every row of the shipped places.tsv. */
class PlacesTsvTest {
    // The curated layer alone: the GeoNames cities have their own checks in CitiesTsvTest.
    private static final Gazetteer GAZETTEER = new Gazetteer(Gazetteer.loadCurated());

    /** Codes that the gazetteer uses although they are not (or not all JDKs list them as) ISO 3166-1 codes. */
    private static final Set<String> NON_ISO_STATES = Set.of("TWN", "PSE", "XKX");

    /**
     * ISO 3166-1 entries that are not sovereign states, so they get neither a country nor a capital row.
     * Antarctica, uninhabited islands, Western Sahara (disputed), and the territories of the Netherlands,
     * the United Kingdom, the United States, France, Denmark, Norway, Finland, Australia, New Zealand and China
     * (Hong Kong and Macau are city rows of CHN; some territories are region rows of their state).
     */
    private static final Set<String> DEPENDENT_TERRITORIES = Set.of(
            "ABW", "AIA", "ALA", "ASM", "ATA", "ATF", "BES", "BLM", "BMU", "BVT", "CCK", "COK", "CUW", "CXR",
            "CYM", "ESH", "FLK", "FRO", "GGY", "GIB", "GLP", "GRL", "GUF", "GUM", "HKG", "HMD", "IMN", "IOT",
            "JEY", "MAC", "MAF", "MNP", "MSR", "MTQ", "MYT", "NCL", "NFK", "NIU", "PCN", "PRI", "PYF", "REU",
            "SGS", "SHN", "SJM", "SPM", "SXM", "TCA", "TKL", "UMI", "VGB", "VIR", "WLF");

    /** Places too far from both their country's point and its capital for the sanity check below. */
    private static final Set<String> FAR_FLUNG = Set.of(
            "Honolulu", "Hawaii", "Anchorage", "Alaska", "Guam", "Falkland Islands", "Bermuda", "New Caledonia",
            "French Guiana", "Kuril Islands");

    private static Set<String> isoCodes() {
        return Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);
    }

    private static Set<String> states() {
        Set<String> states = new HashSet<>(isoCodes());
        states.removeAll(DEPENDENT_TERRITORIES);
        states.addAll(NON_ISO_STATES);
        return states;
    }

    private static List<Place> ofKind(PlaceKind kind) {
        return GAZETTEER.places().stream().filter(place -> place.kind() == kind).toList();
    }

    @Test
    void everyRowHasAValidCountryCodeAndCoordinates() {
        assertThat(GAZETTEER.places()).hasSizeGreaterThan(700);
        for (Place place : GAZETTEER.places()) {
            assertThat(place.country()).as(place.name()).matches("[A-Z]{3}");
            if (!NON_ISO_STATES.contains(place.country())) {
                assertThat(isoCodes()).as(place.name()).contains(place.country());
            }
            assertThat(place.lat()).as(place.name()).isBetween(-90.0, 90.0);
            assertThat(place.lon()).as(place.name()).isBetween(-180.0, 180.0);
            assertThat(place.kind()).as(place.name()).isIn((Object[]) PlaceKind.values());
        }
    }

    @Test
    void dependentTerritoryListOnlyNamesIsoCodes() {
        assertThat(isoCodes()).containsAll(DEPENDENT_TERRITORIES);
        // 193 UN members, the Holy See, Palestine, Taiwan and Kosovo.
        assertThat(states()).hasSize(197);
    }

    @Test
    void everyStateHasExactlyOneCountryRowAndOneCapitalRow() {
        Map<String, Long> countryRows = countPerCountry(PlaceKind.COUNTRY);
        Map<String, Long> capitalRows = countPerCountry(PlaceKind.CAPITAL);
        for (String state : states()) {
            assertThat(countryRows.get(state)).as("country rows of " + state).isEqualTo(1L);
            assertThat(capitalRows.get(state)).as("capital rows of " + state).isEqualTo(1L);
        }
        assertThat(countryRows.keySet()).as("no country rows beyond the states").isEqualTo(states());
        assertThat(capitalRows.keySet()).as("no capital rows beyond the states").isEqualTo(states());
    }

    private static Map<String, Long> countPerCountry(PlaceKind kind) {
        return ofKind(kind).stream().collect(Collectors.groupingBy(Place::country, Collectors.counting()));
    }

    @Test
    void noNameOrAliasRepeatsWithinAKind() {
        Set<String> seen = new HashSet<>();
        List<String> repeated = new ArrayList<>();
        for (Place place : GAZETTEER.places()) {
            for (String name : PlaceRows.namesOf(place)) {
                if (!seen.add(place.kind() + "/" + name)) {
                    repeated.add(place.kind() + "/" + name);
                }
            }
        }
        assertThat(repeated).isEmpty();
    }

    @Test
    void enoughCitiesAndTheNamedRegions() {
        assertThat(ofKind(PlaceKind.CITY)).hasSizeGreaterThanOrEqualTo(250);
        Map<String, String> regions = ofKind(PlaceKind.REGION).stream()
                .collect(Collectors.toMap(Place::name, Place::country));
        assertThat(regions).contains(
                Map.entry("Gaza", "PSE"), Map.entry("West Bank", "PSE"), Map.entry("Crimea", "UKR"),
                Map.entry("Donbas", "UKR"), Map.entry("Kashmir", "IND"), Map.entry("Tibet", "CHN"),
                Map.entry("Xinjiang", "CHN"), Map.entry("Darfur", "SDN"), Map.entry("Kurdistan region", "IRQ"),
                Map.entry("Golan Heights", "SYR"), Map.entry("Nagorno-Karabakh", "AZE"));
    }

    @Test
    void gazaIsNotACountry() {
        assertThat(ofKind(PlaceKind.COUNTRY)).extracting(Place::name).doesNotContain("Gaza", "Gaza Strip");
    }

    /** Catches swapped or sign-flipped coordinates: a place lies near its country's point or its capital. */
    @Test
    void everyPlaceLiesNearItsCountry() {
        Map<String, Place> capitals = ofKind(PlaceKind.CAPITAL).stream()
                .collect(Collectors.toMap(Place::country, Function.identity()));
        List<String> misplaced = new ArrayList<>();
        Set<String> farSeen = new HashSet<>();
        for (Place place : GAZETTEER.places()) {
            Place country = GAZETTEER.country(place.country()).orElseThrow();
            double distance = Math.min(kilometres(place, country), kilometres(place, capitals.get(place.country())));
            boolean far = distance > 3000;
            if (far) {
                farSeen.add(place.name());
            }
            if (far != FAR_FLUNG.contains(place.name())) {
                misplaced.add(place.name() + " (" + Math.round(distance) + " km)");
            }
        }
        assertThat(misplaced).isEmpty();
        assertThat(farSeen).isEqualTo(FAR_FLUNG);
    }

    private static double kilometres(Place a, Place b) {
        double dLat = Math.toRadians(b.lat() - a.lat());
        double dLon = Math.toRadians(b.lon() - a.lon());
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(a.lat())) * Math.cos(Math.toRadians(b.lat())) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6371 * Math.asin(Math.sqrt(h));
    }

    @Test
    void spotChecks() {
        Place munich = find("Munich");
        assertThat(munich.country()).isEqualTo("DEU");
        assertThat(munich.kind()).isEqualTo(PlaceKind.CITY);
        assertThat(munich.lat()).isCloseTo(48.1, offset(0.1));
        assertThat(munich.lon()).isCloseTo(11.6, offset(0.1));

        assertThat(find("Bangkok")).extracting(Place::country, Place::kind).containsExactly("THA", PlaceKind.CAPITAL);
        assertThat(find("San Francisco").country()).isEqualTo("USA");
        assertThat(find("Damascus")).extracting(Place::country, Place::kind).containsExactly("SYR", PlaceKind.CAPITAL);
        assertThat(find("Gaza")).extracting(Place::country, Place::kind).containsExactly("PSE", PlaceKind.REGION);
        assertThat(find("Washington")).extracting(Place::country, Place::kind)
                .containsExactly("USA", PlaceKind.CAPITAL);
        assertThat(find("Hong Kong").country()).isEqualTo("CHN");
        assertThat(find("Sevastopol").country()).isEqualTo("UKR");
        assertThat(find("Jerusalem")).extracting(Place::country, Place::kind).containsExactly("ISR", PlaceKind.CAPITAL);
        assertThat(find("Taipei").country()).isEqualTo("TWN");
        assertThat(find("Ramallah").country()).isEqualTo("PSE");
        assertThat(find("Pristina").country()).isEqualTo("XKX");
    }

    @Test
    void commonShortFormsOfCountryNames() {
        assertThat(countryName("USA")).isEqualTo("United States");
        assertThat(find("America").country()).isEqualTo("USA");
        assertThat(find("U.S.").country()).isEqualTo("USA");
        assertThat(find("Britain").country()).isEqualTo("GBR");
        assertThat(countryName("RUS")).isEqualTo("Russia");
        assertThat(countryName("KOR")).isEqualTo("South Korea");
        assertThat(countryName("PRK")).isEqualTo("North Korea");
        assertThat(countryName("IRN")).isEqualTo("Iran");
        assertThat(countryName("SYR")).isEqualTo("Syria");
        assertThat(countryName("VNM")).isEqualTo("Vietnam");
        assertThat(countryName("LAO")).isEqualTo("Laos");
        assertThat(find("Côte d'Ivoire").name()).isEqualTo("Ivory Coast");
        assertThat(find("Czechia").name()).isEqualTo("Czech Republic");
        assertThat(find("Burma").name()).isEqualTo("Myanmar");
    }

    private static String countryName(String code) {
        return GAZETTEER.country(code).map(Place::name).orElseGet(() -> fail("no country row for " + code));
    }

    private static Place find(String name) {
        return GAZETTEER.find(name).orElseGet(() -> fail("not in the gazetteer: " + name));
    }
}
