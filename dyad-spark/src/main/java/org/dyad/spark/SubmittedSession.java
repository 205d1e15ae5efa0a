package org.dyad.spark;

import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;

/**
 * The session of a class run by spark-submit: built from spark-submit's settings only when the command gets past
 * its usage checks (so {@code --help} and bad options start no Spark), and stopped when the command is done.
 */
final class SubmittedSession implements Supplier<SparkSession>, AutoCloseable {
    private final String appName;
    private SparkSession session;

    SubmittedSession(String appName) {
        this.appName = appName;
    }

    @Override
    public SparkSession get() {
        if (session == null) {
            session = SparkSession.builder().appName(appName).getOrCreate();
        }
        return session;
    }

    @Override
    public void close() {
        if (session != null) {
            session.stop();
        }
    }
}
