package org.dyad.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The deduplication rule alone: keys, date window, places, and an article never joining itself. */
class DedupIndexTest {
    private static final DedupKey VISIT = new DedupKey("USAGOV", "CHNGOV", "042", "asserted");
    private static final LocalDate APRIL_2 = LocalDate.of(2024, 4, 2);

    private static EventCluster cluster(long id, LocalDate date, String country) {
        return new EventCluster(id, VISIT, date, country, false, 0, 0, 0, 0);
    }

    @Test
    void aReportJoinsTheNearestCompatibleEvent() {
        DedupIndex index = new DedupIndex(DedupRule.standard());
        index.add(cluster(1, APRIL_2, "CHN"));
        index.add(cluster(2, APRIL_2.plusDays(3), null));
        assertThat(index.match(VISIT, APRIL_2.plusDays(2), "CHN", "new")).map(EventCluster::id).contains(2L);
        assertThat(index.match(VISIT, APRIL_2.minusDays(3), null, "new")).map(EventCluster::id).contains(1L);
        assertThat(index.match(VISIT, APRIL_2.minusDays(4), null, "new")).isEmpty();
        assertThat(index.match(new DedupKey("USAGOV", "CHNGOV", "042", "negated"), APRIL_2, null, "new")).isEmpty();
    }

    @Test
    void anotherCountryOrTheSameArticleIsAnotherEvent() {
        DedupIndex index = new DedupIndex(new DedupRule(0));
        EventCluster beijing = cluster(1, APRIL_2, "CHN");
        beijing.add("a1", "Reuters", 2, 0.6);
        index.add(beijing);
        assertThat(index.match(VISIT, APRIL_2, "USA", "b1")).isEmpty();
        assertThat(index.match(VISIT, APRIL_2, "CHN", "a1")).isEmpty();
        assertThat(index.match(VISIT, APRIL_2.plusDays(1), "CHN", "b1")).isEmpty();
        assertThat(index.match(VISIT, APRIL_2, "CHN", "b1")).contains(beijing);
    }

    @Test
    void countsAddUpBySourceAndConfidencesCombine() {
        EventCluster event = cluster(1, APRIL_2, null);
        assertThat(event.add("a1", "Reuters", 2, 0.5)).isTrue();
        assertThat(event.add("a2", "Reuters", 1, 0.5)).isFalse();
        assertThat(event.add("a3", null, 1, 0.5)).isFalse();
        assertThat(event.mentions()).isEqualTo(4);
        assertThat(event.articles()).isEqualTo(3);
        assertThat(event.sources()).isEqualTo(2);
        assertThat(event.confidence()).isEqualTo(0.875);
        assertThatThrownBy(() -> new DedupRule(-1)).hasMessageContaining("0 or more");
        assertThat(DedupKey.baseCode("0441")).isEqualTo("044");
    }
}
