package org.dyad.store;

/** The orders events can be listed in; each names its column here, never from the request. */
public enum EventSort {
    DATE("e.date_value"),
    CONFIDENCE("e.confidence"),
    GOLDSTEIN("e.goldstein"),
    MENTIONS("e.mention_count"),
    CAMEO("e.cameo"),
    SOURCE("e.source_name"),
    TARGET("e.target_name"),
    ID("e.id");

    private final String column;

    EventSort(String column) {
        this.column = column;
    }

    String column() {
        return column;
    }
}
