package org.dyad.dedup;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The events a batch may join, by key: those loaded from the store and those the batch created. Finds the one
 * a new report joins under a {@link DedupRule}. Not thread-safe; one per batch.
 */
public final class DedupIndex {
    private final DedupRule rule;
    private final Map<DedupKey, List<EventCluster>> byKey = new HashMap<>();

    public DedupIndex(DedupRule rule) {
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    /** Makes an event a candidate for later reports. */
    public void add(EventCluster cluster) {
        byKey.computeIfAbsent(cluster.key(), key -> new ArrayList<>()).add(cluster);
    }

    /**
     * The event a report joins: same key, date within the window, compatible place, and not already reported
     * by the same article (the coder has already merged an article's own repetitions, so two events it kept
     * apart stay apart). Of several, the nearest in date, then the oldest.
     */
    public Optional<EventCluster> match(DedupKey key, LocalDate date, String placeCountry, String articleId) {
        return byKey.getOrDefault(key, List.of()).stream()
                .filter(cluster -> rule.datesMatch(cluster.date(), date))
                .filter(cluster -> DedupRule.placesMatch(cluster.placeCountry(), placeCountry))
                .filter(cluster -> !cluster.reportedBy(articleId))
                .min(Comparator.<EventCluster>comparingLong(
                                cluster -> Math.abs(ChronoUnit.DAYS.between(cluster.date(), date)))
                        .thenComparingLong(EventCluster::id));
    }
}
