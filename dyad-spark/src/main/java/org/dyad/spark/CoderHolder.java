package org.dyad.spark;

import org.dyad.coder.Coder;

/**
 * The one {@link Coder} of this JVM. It exists because Spark runs the coding functions in every task, and a coder
 * takes seconds and hundreds of megabytes to build (CoreNLP's models and the knowledge files): built per record
 * or per partition, loading would cost more than coding. A {@code Coder} is thread-safe, so all the task threads
 * of an executor share this one. It is built on first use, by the class-initialisation rules of the JVM (which
 * make that happen once, even when several tasks start at the same moment), so a driver that never codes never
 * loads the models. If building fails, every task that needs it fails with the cause, and Spark reports it.
 */
final class CoderHolder {
    private CoderHolder() {
    }

    /** The JVM's coder, built on the first call. */
    static Coder coder() {
        return Lazy.CODER;
    }

    private static final class Lazy {
        static final Coder CODER = Coder.create();
    }
}
