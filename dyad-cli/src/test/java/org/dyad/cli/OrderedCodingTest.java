package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.dyad.article.Article;
import org.dyad.article.ReadResult;
import org.dyad.coder.CodedArticle;
import org.dyad.store.ArticleOutcome;
import org.junit.jupiter.api.Test;

/** Parallel coding hands outcomes back in input order, whichever article the workers finish first. */
class OrderedCodingTest {
    private static final LocalDate DAY = LocalDate.of(2024, 4, 4);

    private static ReadResult.Read read(String id, String text) {
        return new ReadResult.Read(Article.of(id, DAY, text), "news.jsonl:" + id);
    }

    private static ArticleOutcome coded(ReadResult.Read read) {
        return new ArticleOutcome.Coded(new CodedArticle(read.article(), List.of(), 1, 8), read.origin());
    }

    @Test
    void aSlowFirstArticleStillComesOutFirst() throws InterruptedException {
        CountDownLatch secondDone = new CountDownLatch(1);
        // The first article is only finished once the second has been coded by the other worker.
        try (OrderedCoding coding = new OrderedCoding(read -> {
            if (read.article().id().equals("1")) {
                awaitQuietly(secondDone);
            }
            ArticleOutcome outcome = coded(read);
            if (read.article().id().equals("2")) {
                secondDone.countDown();
            }
            return outcome;
        }, 2, 4)) {
            coding.add(read("1", "Russia vetoed the draft resolution on Friday."));
            coding.add(read("2", "China abstained in the vote."));
            coding.addDone(new ArticleOutcome.Rejected("news.jsonl:3", "impossible date '2024-02-30'"));
            assertThat(secondDone.await(1, TimeUnit.MINUTES)).isTrue();
            List<String> ids = new ArrayList<>();
            while (!coding.isEmpty()) {
                coding.take(true, 10).forEach(outcome -> ids.add(outcome.id()));
            }
            assertThat(ids).containsExactly("1", "2", "news.jsonl:3");
        }
    }

    @Test
    void theQueueIsFullAtItsCapacityAndTakesNoMoreThanAsked() {
        try (OrderedCoding coding = new OrderedCoding(OrderedCodingTest::coded, 1, 3)) {
            coding.add(read("a", "Iran test-fired a missile."));
            coding.add(read("b", "Israel condemned the test."));
            assertThat(coding.full()).isFalse();
            coding.add(read("c", "The United States called for restraint."));
            assertThat(coding.full()).isTrue();
            // The coder thread decides how many are ready at each take; order and the maximum never change.
            List<String> taken = new java.util.ArrayList<>();
            List<ArticleOutcome> first = coding.take(true, 2);
            assertThat(first).hasSizeBetween(1, 2);
            first.forEach(outcome -> taken.add(outcome.id()));
            assertThat(coding.full()).isFalse();
            while (!coding.isEmpty()) {
                List<ArticleOutcome> next = coding.take(true, 2);
                assertThat(next).hasSizeBetween(1, 2);
                next.forEach(outcome -> taken.add(outcome.id()));
            }
            assertThat(taken).containsExactly("a", "b", "c");
            assertThat(coding.take(true, 2)).isEmpty();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
