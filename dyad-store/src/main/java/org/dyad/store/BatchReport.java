package org.dyad.store;

/**
 * What storing one batch did.
 *
 * @param stored    records newly stored (coded, failed or rejected)
 * @param skipped   records the store already held as coded or rejected, left unchanged
 * @param newEvents events created
 * @param joined    coded events that joined an event already known (cross-article duplicates)
 * @param mentions  mention rows added
 * @param failed    records stored as failed, including articles whose rows the store itself refused
 * @param coded     articles newly stored as coded, with their events
 */
public record BatchReport(int stored, int skipped, int newEvents, int joined, int mentions, int failed, int coded) {
    /** Nothing done. */
    public static final BatchReport EMPTY = new BatchReport(0, 0, 0, 0, 0, 0, 0);

    /** Both reports added up. */
    public BatchReport plus(BatchReport other) {
        return new BatchReport(stored + other.stored, skipped + other.skipped, newEvents + other.newEvents,
                joined + other.joined, mentions + other.mentions, failed + other.failed,
                coded + other.coded);
    }
}
