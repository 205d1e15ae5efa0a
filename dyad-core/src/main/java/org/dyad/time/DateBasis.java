package org.dyad.time;

import java.util.Locale;

/** Where an event date came from. */
public enum DateBasis {
    /** Words in the text named the date ("last November", "three days later"). */
    EXPRESSION,
    /** Nothing in the text dated the event; the article's publication date stands in. */
    ARTICLE;

    /** The lower-case name used in the event record. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
