package org.dyad.server;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.dyad.store.EventStore;
import org.dyad.store.StoreOptions;

/**
 * Store connections shared by request threads: a fixed number for reads, each used by one request at a time,
 * and one for writes, which take turns. A request that waits too long for a connection is answered 503.
 */
final class StorePool implements AutoCloseable {
    private static final long WAIT_SECONDS = 10;

    private final BlockingQueue<EventStore> readers;
    private final List<EventStore> all = new ArrayList<>();
    private final EventStore writer;
    private final ReentrantLock writing = new ReentrantLock();

    StorePool(String location, int readConnections) {
        // The writer opens first: it creates the store and applies migrations before any reader looks.
        writer = EventStore.open(location, StoreOptions.defaults());
        all.add(writer);
        readers = new ArrayBlockingQueue<>(readConnections);
        try {
            for (int i = 0; i < readConnections; i++) {
                EventStore reader = EventStore.open(location, StoreOptions.defaults());
                all.add(reader);
                readers.add(reader);
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Runs a read on a free connection. */
    <T> T read(Function<EventStore, T> work) {
        EventStore store;
        try {
            store = readers.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, "the server is shutting down", 5);
        }
        if (store == null) {
            throw new ApiException(503, "every store connection is busy; try again shortly", 2);
        }
        try {
            return work.apply(store);
        } finally {
            readers.add(store);
        }
    }

    /** Runs a write on the one write connection, after the writes before it. */
    <T> T write(Function<EventStore, T> work) {
        try {
            if (!writing.tryLock(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new ApiException(503, "the store is busy writing; try again shortly", 2);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, "the server is shutting down", 5);
        }
        try {
            return work.apply(writer);
        } finally {
            writing.unlock();
        }
    }

    @Override
    public void close() {
        for (EventStore store : all) {
            store.close();
        }
    }
}
