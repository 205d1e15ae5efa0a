package org.dyad.relations;

/** What {@code dyad top} ranks. */
public enum TopKind {
    /** Actor codes, as source or target. */
    ACTORS,
    /** Ordered pairs of source and target codes. */
    DYADS,
    /** CAMEO codes. */
    CODES
}
