package org.dyad.dedup;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * One real-world event while a batch is stored: its identity and counts, and the articles and sources of the
 * batch that reported it. Mutable, owned by one {@link DedupIndex}.
 */
public final class EventCluster {
    private final long id;
    private final DedupKey key;
    private final LocalDate date;
    private final String placeCountry;
    private final boolean stored;
    private int mentions;
    private int articles;
    private int sources;
    private double confidence;
    private final Set<String> batchArticles = new HashSet<>();
    private final Set<String> batchSources = new HashSet<>();

    /**
     * @param stored whether the event is already in the store (its counts then start from the stored ones)
     */
    public EventCluster(long id, DedupKey key, LocalDate date, String placeCountry, boolean stored, int mentions,
                        int articles, int sources, double confidence) {
        this.id = id;
        this.key = Objects.requireNonNull(key, "key");
        this.date = Objects.requireNonNull(date, "date");
        this.placeCountry = placeCountry;
        this.stored = stored;
        this.mentions = mentions;
        this.articles = articles;
        this.sources = sources;
        this.confidence = confidence;
    }

    /**
     * Counts one more article's report.
     *
     * @param articleId       the article, which must not have reported this event before
     * @param source          its publisher, or {@code null}: an article of unknown source counts as a source
     * @param mentionCount    how many sentences of the article reported it
     * @param eventConfidence the article's confidence in the event
     * @return whether {@code source} was counted as a new source: for an event already stored, the caller checks
     *         the store and takes it back with {@link #sourceWasKnown()} when the store already had it
     */
    public boolean add(String articleId, String source, int mentionCount, double eventConfidence) {
        batchArticles.add(articleId);
        mentions += mentionCount;
        articles++;
        boolean counted = source == null || batchSources.add(source);
        if (counted) {
            sources++;
        }
        // Independent reports strengthen each other, as sentences of one article do (README, "Confidence").
        confidence = Math.min(0.99, 1 - (1 - confidence) * (1 - eventConfidence));
        return counted && source != null;
    }

    /** Takes back a source counted by {@link #add} that an earlier, stored report already had. */
    public void sourceWasKnown() {
        sources--;
    }

    /** Whether an article of this batch already reported the event. */
    public boolean reportedBy(String articleId) {
        return batchArticles.contains(articleId);
    }

    public long id() {
        return id;
    }

    public DedupKey key() {
        return key;
    }

    public LocalDate date() {
        return date;
    }

    public String placeCountry() {
        return placeCountry;
    }

    public boolean stored() {
        return stored;
    }

    public int mentions() {
        return mentions;
    }

    public int articles() {
        return articles;
    }

    public int sources() {
        return sources;
    }

    public double confidence() {
        return confidence;
    }
}
