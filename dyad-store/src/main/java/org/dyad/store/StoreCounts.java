package org.dyad.store;

/**
 * What the store holds.
 *
 * @param coded    articles coded
 * @param failed   articles the coder failed on
 * @param rejected records that could not be read
 * @param events   events, one per real-world event
 * @param mentions mentions (reports of events in sentences)
 */
public record StoreCounts(long coded, long failed, long rejected, long events, long mentions) {
}
