package org.dyad.relations;

import java.util.Objects;

/**
 * The events at one place.
 *
 * @param name          the place's name
 * @param country       its country code, or {@code null}
 * @param lat           latitude
 * @param lon           longitude
 * @param events        events there
 * @param meanGoldstein their mean Goldstein value
 */
public record PlaceRow(String name, String country, double lat, double lon, long events, double meanGoldstein) {
    public PlaceRow {
        Objects.requireNonNull(name, "name");
    }
}
