package org.dyad.article;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Read results produced one at a time by {@link #advance()}, which returns {@code null} when there are no more:
 * the look-ahead that every reader of many records shares.
 */
abstract class LookaheadResults implements Iterator<ReadResult> {
    private ReadResult next;
    private boolean finished;

    /** The next result, or {@code null} when the input is exhausted. */
    protected abstract ReadResult advance();

    /** No result will follow, whatever {@link #advance()} would say. */
    protected final void finish() {
        finished = true;
    }

    @Override
    public final boolean hasNext() {
        if (next == null && !finished) {
            next = advance();
            if (next == null) {
                finished = true;
            }
        }
        return next != null;
    }

    @Override
    public final ReadResult next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ReadResult result = next;
        next = null;
        return result;
    }
}
