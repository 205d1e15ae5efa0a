package org.dyad.server;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.dyad.article.Article;
import org.dyad.coder.CodedArticle;
import org.dyad.coder.Coder;

/**
 * Codes articles on a fixed number of worker threads with a bounded queue, so the server keeps answering while
 * articles are coded. A full pool refuses at once (503 with Retry-After) instead of queueing without limit.
 * The coder loads in the background from the start, so the first article does not wait for the whole load.
 */
final class CodingPool implements AutoCloseable {
    /** Longest a request waits for its article: the queue ahead of it plus its own coding. */
    private static final long WAIT_SECONDS = 300;
    private static final int RETRY_AFTER_SECONDS = 5;

    private final CompletableFuture<Coder> coder;
    private final ThreadPoolExecutor workers;
    private final Thread loader;

    CodingPool(Supplier<Coder> coders, int threads, int queue) {
        coder = new CompletableFuture<>();
        loader = new Thread(() -> {
            try {
                coder.complete(coders.get());
            } catch (RuntimeException | Error e) {
                coder.completeExceptionally(e);
            }
        }, "dyad-coder-load");
        loader.setDaemon(true);
        loader.start();
        BlockingQueue<Runnable> waiting = queue == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(queue);
        AtomicInteger number = new AtomicInteger();
        workers = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, waiting, task -> {
            Thread thread = new Thread(task, "dyad-coder-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }, new ThreadPoolExecutor.AbortPolicy());
    }

    /** Codes an article and waits for it. */
    CodedArticle code(Article article) {
        Future<CodedArticle> result;
        try {
            result = workers.submit(() -> coder.join().code(article));
        } catch (RejectedExecutionException e) {
            throw new ApiException(503, "every coding worker is busy and the queue is full; try again shortly",
                    RETRY_AFTER_SECONDS);
        }
        try {
            return result.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result.cancel(true);
            throw new ApiException(503, "the server is shutting down", RETRY_AFTER_SECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw new ApiException(503, "coding took longer than " + WAIT_SECONDS + " s", RETRY_AFTER_SECONDS);
        } catch (ExecutionException e) {
            throw new ApiException(500, "the coder failed on this article: "
                    + e.getCause().getClass().getSimpleName());
        }
    }

    /** Whether the coder has finished loading. */
    boolean ready() {
        return coder.isDone() && !coder.isCompletedExceptionally();
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
