package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dyad.article.Article;
import org.dyad.event.Modality;
import org.dyad.relations.Period;
import org.dyad.relations.RelationQuery;
import org.dyad.relations.RelationRow;
import org.dyad.relations.TopKind;
import org.dyad.relations.TopRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every event store must do, run against each database by a subclass that says where a fresh store is. */
abstract class EventStoreContract {
    static final LocalDate APRIL_4 = LocalDate.of(2024, 4, 4);

    @TempDir
    Path dir;

    /** A location no test has used yet. */
    abstract String freshLocation();

    EventStore open(String location) {
        return EventStore.open(location, StoreOptions.defaults());
    }

    @Test
    void storingTheSameArticlesTwiceChangesNothing() {
        String location = freshLocation();
        List<ArticleOutcome> batch = Reports.generated(0, 40, 3);
        try (EventStore store = open(location)) {
            BatchReport first = store.store(batch);
            assertThat(first.stored()).isEqualTo(40);
            StoreCounts before = store.counts();
            BatchReport second = store.store(batch);
            assertThat(second.stored()).isZero();
            assertThat(second.skipped()).isEqualTo(40);
            assertThat(store.counts()).isEqualTo(before);
            assertThat(before.coded()).isEqualTo(40);
            assertThat(before.mentions()).isEqualTo(120);
        }
        try (EventStore reopened = open(location)) {
            reopened.store(batch.subList(10, 20));
            assertThat(reopened.counts().mentions()).isEqualTo(120);
            assertThat(reopened.isSettled("gen-3")).isTrue();
            assertThat(reopened.isSettled("gen-999")).isFalse();
        }
    }

    @Test
    void oneVisitReportedByThreeArticlesIsOneEventWithThreeMentions() {
        LocalDate visit = LocalDate.of(2024, 4, 2);
        try (EventStore store = open(freshLocation())) {
            store.store(List.of(Reports.visit("reuters-1", "Reuters", visit, visit)));
            // Two days later another agency dates it by the article; a third report comes from Reuters again.
            store.store(List.of(Reports.visit("ap-1", "AP", APRIL_4, APRIL_4),
                    Reports.visit("reuters-2", "Reuters", visit, APRIL_4)));
            assertThat(store.counts().events()).isEqualTo(1);
            List<StoredEvent> events = new ArrayList<>();
            store.forEachEvent(EventFilter.all(), events::add);
            StoredEvent event = events.get(0);
            assertThat(event.mentionCount()).isEqualTo(3);
            assertThat(event.articleCount()).isEqualTo(3);
            assertThat(event.sourceCount()).isEqualTo(2);
            assertThat(event.firstArticleId()).isEqualTo("reuters-1");
            assertThat(event.confidence()).isGreaterThan(0.8);
        }
    }

    @Test
    void reportsFindTheirEventsStoredByAnEarlierRunAcrossTheYear() {
        String location = freshLocation();
        LocalDate january = LocalDate.of(2024, 1, 1);
        LocalDate february = LocalDate.of(2024, 2, 1);
        LocalDate march = LocalDate.of(2024, 3, 1);
        try (EventStore store = open(location)) {
            store.store(List.of(Reports.visit("jan", "AP", january, january), Reports.visit("feb", "AP", february,
                    february), Reports.visit("mar", "AP", march, march)));
        }
        try (EventStore store = open(location)) {
            BatchReport later = store.store(List.of(
                    Reports.visit("jan-late", "BBC", january.plusDays(2), january.plusDays(2)),
                    Reports.visit("feb-mid", "BBC", february.plusDays(9), february.plusDays(9)),
                    Reports.visit("mar-same", "BBC", march, march)));
            assertThat(later.joined()).isEqualTo(2);
            assertThat(later.newEvents()).isEqualTo(1);
            List<StoredEvent> events = new ArrayList<>();
            store.forEachEvent(EventFilter.all(), events::add);
            assertThat(events).extracting(StoredEvent::firstArticleId, StoredEvent::mentionCount,
                    StoredEvent::sourceCount).containsExactlyInAnyOrder(tuple("jan", 2, 2), tuple("feb", 1, 1),
                    tuple("mar", 2, 2), tuple("feb-mid", 1, 1));
        }
    }

    @Test
    void differentEventsThatLookAlikeStayApart() {
        LocalDate march1 = LocalDate.of(2024, 3, 1);
        LocalDate march20 = LocalDate.of(2024, 3, 20);
        String text = "Israel struck Iranian forces.";
        try (EventStore store = open(freshLocation())) {
            store.store(List.of(
                    Reports.visit("a", "Reuters", march1, march1),
                    // The same visit three weeks later is another visit.
                    Reports.visit("b", "Reuters", march20, march20),
                    // The same day, the same attack code, different countries of the place.
                    Reports.coded("c", march1, "AP", Reports.event("c", march1, "AP", 0, text,
                            Reports.actor("ISRMIL", "ISR", "Israeli army"), Reports.actor("IRN", "IRN", "Iran"),
                            Reports.ATTACK, Modality.ASSERTED, march1, "Damascus", "SYR")),
                    Reports.coded("d", march1, "AFP", Reports.event("d", march1, "AFP", 0, text,
                            Reports.actor("ISRMIL", "ISR", "Israeli army"), Reports.actor("IRN", "IRN", "Iran"),
                            Reports.ATTACK, Modality.ASSERTED, march1, "Isfahan", "IRN")),
                    // Said not to have happened: not the same as a visit that did.
                    Reports.coded("e", march1, "AFP", Reports.event("e", march1, "AFP", 0,
                            "Blinken did not visit Beijing.", Reports.actor("USAGOV", "USA", "Antony Blinken"),
                            Reports.actor("CHNGOV", "CHN", "China"), Reports.VISIT, Modality.NEGATED, march1,
                            "Beijing", "CHN"))));
            assertThat(store.counts().events()).isEqualTo(5);
            // A report without a place joins the attack in Syria or the one in Iran, not a third event.
            store.store(List.of(Reports.coded("f", march1, "BBC", Reports.event("f", march1, "BBC", 0, text,
                    Reports.actor("ISRMIL", "ISR", "Israeli army"), Reports.actor("IRN", "IRN", "Iran"),
                    Reports.ATTACK, Modality.ASSERTED, march1.plusDays(1), null, null))));
            assertThat(store.counts().events()).isEqualTo(5);
        }
    }

    @Test
    void aNarrowerWindowKeepsReportsApart() {
        LocalDate visit = LocalDate.of(2024, 4, 2);
        try (EventStore store = EventStore.open(freshLocation(),
                new StoreOptions(new org.dyad.dedup.DedupRule(1), false))) {
            store.store(List.of(Reports.visit("x", "Reuters", visit, visit),
                    Reports.visit("y", "AP", APRIL_4, APRIL_4)));
            assertThat(store.counts().events()).isEqualTo(2);
        }
    }

    @Test
    void failedAndRejectedRecordsAreKeptWithTheirReasonAndFailedOnesRetried() {
        Article broken = Article.of("broken-1", APRIL_4, "A text the coder chokes on.");
        try (EventStore store = open(freshLocation())) {
            store.store(List.of(new ArticleOutcome.Failed(broken, "news.jsonl:2", "parser ran out of memory"),
                    new ArticleOutcome.Rejected("news.jsonl:3", "impossible date '2024-02-30'"),
                    Reports.visit("ok-1", "AP", APRIL_4, APRIL_4)));
            assertThat(store.counts()).isEqualTo(new StoreCounts(1, 1, 1, 1, 1));
            assertThat(store.isSettled("broken-1")).isFalse();
            assertThat(store.isSettled("news.jsonl:3")).isTrue();
            SqlResult reasons = store.query("SELECT id, status, reason FROM articles ORDER BY id", 10);
            assertThat(reasons.rows()).contains(List.of("broken-1", "failed", "parser ran out of memory"),
                    List.of("news.jsonl:3", "rejected", "impossible date '2024-02-30'"));
            BatchReport retry = store.store(List.of(Reports.coded("broken-1", APRIL_4, "AP")));
            assertThat(retry.stored()).isEqualTo(1);
            assertThat(store.counts()).isEqualTo(new StoreCounts(2, 0, 1, 1, 1));
        }
    }

    @Test
    void relationsCountAssertedEventsPerMonthInBothDirections() {
        LocalDate march = LocalDate.of(2024, 3, 10);
        String sanction = "The United States imposed sanctions on Chinese firms.";
        try (EventStore store = open(freshLocation())) {
            store.store(List.of(
                    Reports.visit("v1", "AP", march, march),
                    Reports.coded("s1", march, "AP", Reports.event("s1", march, "AP", 0, sanction,
                            Reports.actor("USAGOV", "USA", "United States"), Reports.actor("CHNBUS", "CHN", "firms"),
                            Reports.SANCTION, Modality.ASSERTED, march, null, null)),
                    Reports.coded("c1", APRIL_4, "AP", Reports.event("c1", APRIL_4, "AP", 0,
                            "China criticised the United States.", Reports.actor("CHNGOV", "CHN", "China"),
                            Reports.actor("USA", "USA", "United States"), Reports.CRITICIZE, Modality.ASSERTED,
                            APRIL_4, null, null)),
                    Reports.coded("h1", APRIL_4, "AP", Reports.event("h1", APRIL_4, "AP", 0,
                            "The US may send aid to China.", Reports.actor("USAGOV", "USA", "United States"),
                            Reports.actor("CHN", "CHN", "China"), Reports.AID, Modality.HYPOTHETICAL, APRIL_4,
                            null, null))));
            List<RelationRow> rows = store.relations(new RelationQuery("usa", "CHN", Period.MONTH, null, null,
                    false));
            assertThat(rows).containsExactly(
                    new RelationRow(LocalDate.of(2024, 3, 1), 1, 0, 0, 1, (1.9 - 8.0) / 2),
                    new RelationRow(LocalDate.of(2024, 4, 1), 0, 0, 1, 0, -2.0));
            assertThat(rows.get(0).netCooperation()).isZero();
            List<RelationRow> directed = store.relations(new RelationQuery("USA", "CHN", Period.YEAR,
                    LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), true));
            assertThat(directed).singleElement().extracting(RelationRow::total).isEqualTo(2L);
            List<TopRow> actors = store.top(TopKind.ACTORS, EventFilter.all(), 2);
            assertThat(actors).extracting(TopRow::key).containsExactly("USAGOV", "CHNGOV");
            assertThat(store.top(TopKind.CODES, new EventFilter(null, null, "CHN", "1", null), 5))
                    .extracting(TopRow::key).containsExactly("111", "163");
            // One event each: ties are ranked by key.
            assertThat(store.top(TopKind.DYADS, EventFilter.all(), 4)).extracting(TopRow::key)
                    .containsExactly("CHNGOV>USA", "USAGOV>CHN", "USAGOV>CHNBUS", "USAGOV>CHNGOV");
        }
    }

    @Test
    void eventsArePagedSortedSearchedAndShownWithTheirMentions() {
        LocalDate march = LocalDate.of(2024, 3, 10);
        String sanction = "The United States imposed sanctions on 100% of Chinese chip_makers.";
        try (EventStore store = open(freshLocation())) {
            store.store(List.of(
                    Reports.visit("v1", "AP", march, march),
                    Reports.visit("v2", "Reuters", march.plusDays(1), march.plusDays(1)),
                    Reports.coded("s1", APRIL_4, "AP", Reports.event("s1", APRIL_4, "AP", 0, sanction,
                            Reports.actor("USAGOV", "USA", "United States"), Reports.actor("CHNBUS", "CHN", "firms"),
                            Reports.SANCTION, Modality.ASSERTED, APRIL_4, null, null)),
                    Reports.coded("a1", APRIL_4, "AP", Reports.event("a1", APRIL_4, "AP", 0,
                            "Russia attacked Ukraine.", Reports.actor("RUSMIL", "RUS", "Russian forces"),
                            Reports.actor("UKR", "UKR", "Ukraine"), Reports.ATTACK, Modality.ASSERTED, APRIL_4,
                            "Kharkiv", "UKR"))));
            EventPage all = store.events(new EventQuery(EventFilter.all(), null, null, null, EventSort.DATE, true,
                    2, 0));
            assertThat(all.total()).isEqualTo(3);
            assertThat(all.events()).extracting(StoredEvent::cameo).containsExactly("190", "163");
            EventPage second = store.events(new EventQuery(EventFilter.all(), null, null, null, EventSort.DATE,
                    true, 2, 2));
            assertThat(second.events()).singleElement().satisfies(event -> {
                assertThat(event.cameo()).isEqualTo("042");
                assertThat(event.mentionCount()).isEqualTo(2);
            });
            EventPage pair = store.events(new EventQuery(new EventFilter(null, null, "chn", null, null), "usa", null,
                    null, EventSort.GOLDSTEIN, false, 10, 0));
            assertThat(pair.events()).extracting(StoredEvent::cameo).containsExactly("163", "042");
            assertThat(store.events(new EventQuery(EventFilter.all(), null, "100% of chinese chip_makers", null,
                    EventSort.DATE, true, 10, 0)).events()).extracting(StoredEvent::cameo).containsExactly("163");
            // LIKE's wildcards in the search are taken literally.
            assertThat(store.events(new EventQuery(EventFilter.all(), null, "%", null, EventSort.DATE, true, 10, 0))
                    .total()).isEqualTo(1);
            assertThat(store.events(new EventQuery(EventFilter.all(), null, "' OR 1=1 --", null, EventSort.DATE,
                    true, 10, 0)).total()).isZero();
            assertThat(store.events(new EventQuery(EventFilter.all(), null, null, 4, EventSort.ID, false, 10, 0))
                    .events()).extracting(StoredEvent::cameo).containsExactly("163", "190");

            long visitId = second.events().get(0).id();
            assertThat(store.event(visitId)).get().extracting(StoredEvent::firstArticleId).isEqualTo("v1");
            assertThat(store.mentions(visitId)).extracting(StoredMention::articleId).containsExactly("v1", "v2");
            assertThat(store.event(999_999)).isEmpty();
            assertThat(store.mentions(999_999)).isEmpty();

            assertThat(store.places(EventFilter.all(), 10)).extracting(org.dyad.relations.PlaceRow::name,
                    org.dyad.relations.PlaceRow::events).containsExactly(org.assertj.core.groups.Tuple.tuple(
                    "Beijing", 1L), org.assertj.core.groups.Tuple.tuple("Kharkiv", 1L));
            assertThat(store.network(EventFilter.all(), 10)).extracting(org.dyad.relations.DyadRow::source,
                    org.dyad.relations.DyadRow::target, org.dyad.relations.DyadRow::netCooperation).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("RUSMIL", "UKR", -1.0),
                    org.assertj.core.groups.Tuple.tuple("USAGOV", "CHNBUS", -1.0),
                    org.assertj.core.groups.Tuple.tuple("USAGOV", "CHNGOV", 1.0));
        }
    }

    @Test
    void sqlRunsOneReadOnlyQueryAndNothingElse() {
        try (EventStore store = open(freshLocation())) {
            store.store(Reports.generated(0, 5, 2));
            SqlResult result = store.query("select count(*) AS n from events;", 10);
            assertThat(result.columns()).containsExactly("n");
            assertThat(result.rows()).containsExactly(List.of("10"));
            assertThat(store.query("SELECT id FROM events ORDER BY id", 3).truncated()).isTrue();
            assertThatThrownBy(() -> store.query("DELETE FROM events", 10))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only SELECT and WITH");
            assertThatThrownBy(() -> store.query("SELECT 1; DROP TABLE events", 10))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one statement");
            assertThatThrownBy(() -> store.query("SELECT nothing FROM nowhere", 10))
                    .isInstanceOf(StoreException.class);
            assertThat(store.counts().events()).isEqualTo(10);
        }
    }

    @Test
    void anIngestKilledMidwayAndRunAgainLosesAndDoublesNothing() throws Exception {
        int count = 400;
        String location = freshLocation();
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashingIngest.class.getName(), location, Integer.toString(count))
                .redirectErrorStream(true).start();
        int seen = 0;
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null && seen < 25; line = lines.readLine()) {
                seen += line.startsWith("stored ") ? 1 : 0;
            }
            child.destroyForcibly();
            child.waitFor(60, TimeUnit.SECONDS);
        }
        assertThat(seen).as("the child stored articles before it was killed").isEqualTo(25);
        List<ArticleOutcome> all = Reports.generated(0, count, 5);
        StoreCounts reference;
        try (EventStore clean = open(freshLocation())) {
            clean.store(all);
            reference = clean.counts();
        }
        try (EventStore resumed = open(location)) {
            long before = resumed.counts().coded();
            assertThat(before).isBetween(25L, (long) count);
            for (int i = 0; i < count; i += 100) {
                resumed.store(all.subList(i, i + 100));
            }
            assertThat(resumed.counts()).isEqualTo(reference);
            assertThat(resumed.query("SELECT count(*) FROM (SELECT article_id, coded_id, sentence FROM mentions"
                    + " GROUP BY 1, 2, 3 HAVING count(*) > 1) doubled", 1).rows()).containsExactly(List.of("0"));
        }
    }
}
