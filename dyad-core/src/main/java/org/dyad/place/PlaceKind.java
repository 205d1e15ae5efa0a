package org.dyad.place;

/** What sort of place a gazetteer row describes. */
public enum PlaceKind {
    /** A sovereign state (or Taiwan, Palestine, Kosovo), placed at an approximate geographic centre. */
    COUNTRY,
    /** The capital (seat of government where that differs from the formal capital) of a state. */
    CAPITAL,
    /** Any other city, town or site that appears in the news. */
    CITY,
    /** A named region inside one country, often contested or a dependent territory. */
    REGION
}
