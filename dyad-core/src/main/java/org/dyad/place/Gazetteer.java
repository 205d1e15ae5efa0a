package org.dyad.place;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.resource.TsvTable;

/**
 * A world gazetteer of two layers: the curated {@code places.tsv} (every state with its capital, newsworthy cities
 * and named regions) and the GeoNames cities of at least 15,000 people of {@code cities.tsv}. The curated layer wins:
 * a GeoNames city that is a curated place under the same name is dropped, and curated places come first among the
 * places one name can mean. Immutable and safe to share between threads.
 */
public final class Gazetteer {
    private static final String CURATED = "places.tsv";

    /**
     * A GeoNames city this close to a curated place of the same name is that place (GeoNames puts a city's point
     * where its centre is, the curated file where the news does; both agree to within a few kilometres).
     */
    private static final double SAME_PLACE_KM = 50;

    private final List<Place> places;
    private final Map<String, List<Place>> byFoldedName;
    private final Map<String, Place> countries;
    private final Set<String> names;

    /** A gazetteer of curated places only. */
    Gazetteer(List<Place> curated) {
        this(curated, List.of());
    }

    /**
     * @param curated places in the order and with the precedence of places.tsv
     * @param cities  GeoNames cities; those that repeat a curated place are left out
     */
    Gazetteer(List<Place> curated, List<Place> cities) {
        Map<String, List<Place>> curatedByName = index(curated);
        List<Place> all = new ArrayList<>(curated);
        for (Place city : cities) {
            if (!repeatsCurated(city, curatedByName)) {
                all.add(city);
            }
        }
        this.places = List.copyOf(all);
        Comparator<Place> likelihood = likelihood(new HashSet<>(curated));
        this.byFoldedName = sorted(index(this.places), likelihood);
        Map<String, Place> countryRows = new HashMap<>();
        Set<String> allNames = new LinkedHashSet<>();
        for (Place place : this.places) {
            allNames.addAll(PlaceRows.namesOf(place));
            if (place.kind() == PlaceKind.COUNTRY) {
                countryRows.putIfAbsent(place.country(), place);
            }
        }
        this.countries = Map.copyOf(countryRows);
        this.names = Collections.unmodifiableSet(allNames);
    }

    /**
     * The gazetteer shipped on the classpath: places.tsv and cities.tsv.
     *
     * @throws IllegalStateException "FILE:LINE: reason" when a file has a bad row, or when one is missing
     */
    public static Gazetteer load() {
        return new Gazetteer(loadCurated(), loadCities());
    }

    static List<Place> loadCurated() {
        return PlaceRows.read(TsvTable.load(Gazetteer.class, CURATED, PlaceRows.COLUMNS).rows());
    }

    static List<Place> loadCities() {
        return CityRows.read(TsvTable.load(Gazetteer.class, CityRows.RESOURCE, CityRows.COLUMNS).rows());
    }

    /**
     * The place a name or alias means when nothing else is known ("Munich", "Washington, D.C."): case-sensitive
     * first, then case-insensitive (Locale.ROOT); among several, the first of {@link #candidates(String)}.
     *
     * @return the place, or empty for an unknown or null name
     */
    public Optional<Place> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        List<Place> candidates = candidates(name);
        for (Place place : candidates) {
            if (place.name().equals(name) || place.aliases().contains(name)) {
                return Optional.of(place);
            }
        }
        return candidates.stream().findFirst();
    }

    /**
     * Every place with this name or alias, case-insensitive (Locale.ROOT), most likely first: curated places before
     * GeoNames cities; among curated ones a capital (what a bare capital name means in the news: "Tripoli"), then a
     * city, a region and a country, each in file order; among GeoNames cities the most populous first.
     *
     * @return the places (unmodifiable), empty for an unknown or null name
     */
    public List<Place> candidates(String name) {
        return name == null ? List.of() : byFoldedName.getOrDefault(fold(name), List.of());
    }

    /**
     * The country row of an ISO alpha-3 code ("USA"; lower case is accepted), including TWN, PSE and XKX.
     *
     * @return the country, or empty for an unknown or null code
     */
    public Optional<Place> country(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(countries.get(code.toUpperCase(Locale.ROOT)));
    }

    /** Every place: the curated ones in file order, then the GeoNames cities in file order (unmodifiable). */
    public List<Place> places() {
        return places;
    }

    /** Every name and alias, for building a matcher over text (unmodifiable, in the order of {@link #places()}). */
    public Set<String> names() {
        return names;
    }

    private static String fold(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static boolean repeatsCurated(Place city, Map<String, List<Place>> curatedByName) {
        for (String name : PlaceRows.namesOf(city)) {
            for (Place curated : curatedByName.getOrDefault(fold(name), List.of())) {
                // A country shares its name with its capital city (Singapore, Djibouti) without being it.
                if (curated.kind() != PlaceKind.COUNTRY && curated.kilometresTo(city) < SAME_PLACE_KM) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Comparator<Place> likelihood(Set<Place> curated) {
        return Comparator.<Place>comparingInt(place -> curated.contains(place) ? curatedRank(place.kind()) : 4)
                .thenComparing(Comparator.comparingLong(Place::population).reversed());
    }

    private static int curatedRank(PlaceKind kind) {
        return switch (kind) {
            case CAPITAL -> 0;
            case CITY -> 1;
            case REGION -> 2;
            case COUNTRY -> 3;
        };
    }

    private static Map<String, List<Place>> index(List<Place> places) {
        Map<String, List<Place>> index = new HashMap<>();
        for (Place place : places) {
            for (String name : PlaceRows.namesOf(place)) {
                List<Place> candidates = index.computeIfAbsent(fold(name), k -> new ArrayList<>(1));
                if (!candidates.contains(place)) {
                    candidates.add(place);
                }
            }
        }
        return index;
    }

    private static Map<String, List<Place>> sorted(Map<String, List<Place>> index, Comparator<Place> likelihood) {
        // List.sort is stable, which keeps file order among equals.
        index.replaceAll((key, candidates) -> {
            candidates.sort(likelihood);
            return Collections.unmodifiableList(candidates);
        });
        return Collections.unmodifiableMap(index);
    }
}
