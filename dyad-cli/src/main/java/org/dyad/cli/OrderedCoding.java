package org.dyad.cli;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.dyad.article.ReadResult;
import org.dyad.store.ArticleOutcome;

/**
 * Codes articles on worker threads and hands the outcomes back in the order the articles came, so a single
 * writer stores them as they were read. At most {@code capacity} articles are in flight: reading waits for
 * the writer instead of piling coded articles up in memory. Used by one thread, the writer.
 */
final class OrderedCoding implements AutoCloseable {
    private final Function<ReadResult.Read, ArticleOutcome> code;
    private final ExecutorService workers;
    private final int capacity;
    private final Deque<Future<ArticleOutcome>> pending = new ArrayDeque<>();

    /**
     * @param code     codes one article; it must not throw (a failure is an {@link ArticleOutcome.Failed})
     * @param threads  coding threads, 1 or more
     * @param capacity most articles read and not yet taken, at least {@code threads}
     */
    OrderedCoding(Function<ReadResult.Read, ArticleOutcome> code, int threads, int capacity) {
        if (threads < 1 || capacity < threads) {
            throw new IllegalArgumentException("need 1 or more threads and room for each: " + threads + ", "
                    + capacity);
        }
        this.code = code;
        this.capacity = capacity;
        this.workers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "dyad-coder");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts coding an article. */
    void add(ReadResult.Read read) {
        pending.add(workers.submit(() -> code.apply(read)));
    }

    /** Queues an outcome that needs no coding (a record that could not be read), in its place. */
    void addDone(ArticleOutcome outcome) {
        pending.add(CompletableFuture.completedFuture(outcome));
    }

    /** Whether the writer must take outcomes before more articles are added. */
    boolean full() {
        return pending.size() >= capacity;
    }

    boolean isEmpty() {
        return pending.isEmpty();
    }

    /**
     * The outcomes at the head of the queue that are ready, at most {@code max}, in input order; when
     * {@code wait} is set and the queue is not empty, waits for at least one.
     */
    List<ArticleOutcome> take(boolean wait, int max) {
        List<ArticleOutcome> ready = new ArrayList<>();
        while (!pending.isEmpty() && ready.size() < max && (pending.peek().isDone() || wait && ready.isEmpty())) {
            ready.add(outcome(pending.poll()));
        }
        return ready;
    }

    private static ArticleOutcome outcome(Future<ArticleOutcome> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for the coder");
        } catch (ExecutionException e) {
            // The coding function turns exceptions into failed outcomes; what is left is an Error.
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("the coder broke: " + e.getCause(), e.getCause());
        }
    }

    /** Stops the workers; articles still being coded are dropped, to be coded again by the next ingest. */
    @Override
    public void close() {
        workers.shutdownNow();
    }
}
