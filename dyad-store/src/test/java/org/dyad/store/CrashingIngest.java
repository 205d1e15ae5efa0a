package org.dyad.store;

import java.util.List;

/**
 * A child process for the crash test: stores generated articles one transaction each and says so on standard
 * output after every commit, until the test kills it.
 */
public final class CrashingIngest {
    private CrashingIngest() {
    }

    public static void main(String[] args) {
        int count = Integer.parseInt(args[1]);
        try (EventStore store = EventStore.open(args[0], StoreOptions.defaults())) {
            for (ArticleOutcome article : Reports.generated(0, count, 5)) {
                store.store(List.of(article));
                System.out.println("stored " + article.id());
                System.out.flush();
            }
        }
    }
}
