package org.dyad.place;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.resource.TsvTable;

/**
 * A small world gazetteer: every state with its capital, a few hundred newsworthy cities and named regions,
 * read from {@code places.tsv}. Immutable and safe to share between threads.
 */
public final class Gazetteer {
    private static final String RESOURCE = "places.tsv";

    /**
     * When one name fits several places, the most specific wins: a capital is what a bare capital name means in
     * the news ("Tripoli"), a city beats a region, and a region beats a country; ties keep file order.
     */
    private static final Comparator<Place> PREFERENCE = Comparator.comparingInt(place -> switch (place.kind()) {
        case CAPITAL -> 0;
        case CITY -> 1;
        case REGION -> 2;
        case COUNTRY -> 3;
    });

    private final List<Place> places;
    private final Map<String, Place> exact;
    private final Map<String, Place> folded;
    private final Map<String, Place> countries;
    private final Set<String> names;

    Gazetteer(List<Place> places) {
        this.places = List.copyOf(places);
        Map<String, List<Place>> byName = new HashMap<>();
        Map<String, List<Place>> byFoldedName = new HashMap<>();
        Set<String> allNames = new LinkedHashSet<>();
        Map<String, Place> countryRows = new HashMap<>();
        for (Place place : this.places) {
            for (String name : PlaceRows.namesOf(place)) {
                addOnce(byName, name, place);
                addOnce(byFoldedName, fold(name), place);
                allNames.add(name);
            }
            if (place.kind() == PlaceKind.COUNTRY) {
                countryRows.putIfAbsent(place.country(), place);
            }
        }
        this.exact = preferred(byName);
        this.folded = preferred(byFoldedName);
        this.countries = Map.copyOf(countryRows);
        this.names = Collections.unmodifiableSet(allNames);
    }

    /**
     * The gazetteer shipped on the classpath.
     *
     * @throws IllegalStateException "places.tsv:LINE: reason" when the file has a bad row, or when it is missing
     */
    public static Gazetteer load() {
        TsvTable table = TsvTable.load(Gazetteer.class, RESOURCE, PlaceRows.COLUMNS);
        return new Gazetteer(PlaceRows.read(table.rows()));
    }

    /**
     * Exact lookup of a name or alias as written ("Munich", "Washington, D.C."): case-sensitive first, then
     * case-insensitive (Locale.ROOT). When several places share the name, a capital is preferred to a city, a
     * city to a region and a region to a country; among places of one kind the first in file order wins.
     *
     * @return the place, or empty for an unknown or null name
     */
    public Optional<Place> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        Place place = exact.get(name);
        return place != null ? Optional.of(place) : Optional.ofNullable(folded.get(fold(name)));
    }

    /**
     * The country row of an ISO alpha-3 code ("USA"; lower case is accepted), including TWN, PSE and XKX.
     *
     * @return the country, or empty for an unknown or null code
     */
    public Optional<Place> country(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(countries.get(code.toUpperCase(Locale.ROOT)));
    }

    /** Every place in file order (unmodifiable). */
    public List<Place> places() {
        return places;
    }

    /** Every name and alias, for building a matcher over text (unmodifiable, in file order). */
    public Set<String> names() {
        return names;
    }

    private static String fold(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static void addOnce(Map<String, List<Place>> index, String key, Place place) {
        List<Place> candidates = index.computeIfAbsent(key, k -> new ArrayList<>());
        if (!candidates.contains(place)) {
            candidates.add(place);
        }
    }

    private static Map<String, Place> preferred(Map<String, List<Place>> index) {
        Map<String, Place> best = new HashMap<>();
        // min over a stable comparator returns the first of equals, which keeps file order among one kind.
        index.forEach((key, candidates) -> best.put(key, Collections.min(candidates, PREFERENCE)));
        return Map.copyOf(best);
    }
}
