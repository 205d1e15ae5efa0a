package org.dyad.dedup;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * When two reports are of the same real-world event (README, "Deduplication across articles"): the same
 * {@link DedupKey} (source, target, CAMEO base code, modality), event dates at most {@code windowDays} apart,
 * and compatible places: the same country, or at least one of the two without a place.
 *
 * @param windowDays the most days two event dates may lie apart, 0 or more
 */
public record DedupRule(int windowDays) {
    /** Three days: a report on Monday of "talks on Friday" still finds the talks. */
    public static final int DEFAULT_WINDOW_DAYS = 3;

    public DedupRule {
        if (windowDays < 0) {
            throw new IllegalArgumentException("dedup window must be 0 or more days: " + windowDays);
        }
    }

    /** The rule with the default window. */
    public static DedupRule standard() {
        return new DedupRule(DEFAULT_WINDOW_DAYS);
    }

    /** Whether dates are close enough. */
    public boolean datesMatch(LocalDate a, LocalDate b) {
        return Math.abs(ChronoUnit.DAYS.between(a, b)) <= windowDays;
    }

    /** Whether places are compatible: either is unknown ({@code null}) or both name the same country. */
    public static boolean placesMatch(String countryA, String countryB) {
        return countryA == null || countryB == null || Objects.equals(countryA, countryB);
    }

    /** The first day a candidate for an event on {@code date} may have. */
    public LocalDate earliest(LocalDate date) {
        return date.minusDays(windowDays);
    }

    /** The last day a candidate for an event on {@code date} may have. */
    public LocalDate latest(LocalDate date) {
        return date.plusDays(windowDays);
    }
}
