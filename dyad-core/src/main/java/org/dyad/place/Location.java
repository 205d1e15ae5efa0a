package org.dyad.place;

import java.util.Objects;

/**
 * Where an event happened, as the event record shows it.
 *
 * @param name    canonical place name
 * @param country ISO 3166-1 alpha-3 code of the country the place is in
 * @param lat     latitude in degrees
 * @param lon     longitude in degrees
 * @param text    the words in the article
 * @param begin   character offset of the words in the article
 * @param end     character offset after the words
 */
public record Location(String name, String country, double lat, double lon, String text, int begin, int end) {
    public Location {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }
}
