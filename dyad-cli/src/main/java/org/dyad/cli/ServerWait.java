package org.dyad.cli;

import java.util.concurrent.CountDownLatch;
import org.dyad.server.DyadServer;

/** What a serving command does once its server is up: wait for Ctrl-C, or (in tests) look and return. */
@FunctionalInterface
interface ServerWait {
    void await(DyadServer server) throws InterruptedException;

    /** Waits until the JVM is asked to stop, then closes the server. */
    static ServerWait untilStopped() {
        return server -> {
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                stopped.countDown();
            }, "dyad-serve-stop"));
            stopped.await();
        };
    }
}
