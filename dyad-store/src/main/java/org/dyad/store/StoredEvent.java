package org.dyad.store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One row of the {@code events} table: a real-world event as first reported, with its counts over every report.
 * Actor and place fields may be {@code null} where the event has none.
 */
public record StoredEvent(long id, String sourceCode, String sourceCountry, String sourceName,
                          List<String> sourceSectors, String targetCode, String targetCountry, String targetName,
                          List<String> targetSectors, String cameo, String baseCode, String root, int quadClass,
                          double goldstein, String ploverEvent, String ploverMode, String modality,
                          LocalDate dateValue, LocalDate dateStart, LocalDate dateEnd, String datePrecision,
                          String locationName, String locationCountry, Double lat, Double lon, double confidence,
                          String firstArticleId, String firstCodedId, int firstSentence, LocalDateTime addedAt,
                          int mentionCount, int sourceCount, int articleCount, String firstUrl) {
    public StoredEvent {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(dateValue, "dateValue");
        sourceSectors = List.copyOf(sourceSectors);
        targetSectors = List.copyOf(targetSectors);
    }

    /** Whether the event has a target actor. */
    public boolean hasTarget() {
        return targetName != null;
    }
}
