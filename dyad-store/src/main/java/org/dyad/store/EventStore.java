package org.dyad.store;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.dyad.relations.DyadRow;
import org.dyad.relations.PlaceRow;
import org.dyad.relations.RelationQuery;
import org.dyad.relations.RelationRow;
import org.dyad.relations.TopKind;
import org.dyad.relations.TopRow;

/**
 * Where coded events are kept, deduplicated across articles and counted: a DuckDB file (the default) or a
 * PostgreSQL database, with the same schema (README, "The event store"). One instance is one connection: use it
 * from one thread at a time.
 */
public interface EventStore extends AutoCloseable {

    /**
     * Opens (and creates or migrates, unless read-only) the store at a location: a DuckDB file path or a
     * PostgreSQL address ({@code postgresql://user:secret@host:5432/db}).
     *
     * @throws StoreException naming the location when it cannot be opened
     */
    static EventStore open(String location, StoreOptions options) {
        return JdbcEventStore.open(StoreLocation.parse(location), options);
    }

    /** Which database this is. */
    Dialect dialect();

    /**
     * Stores a batch in one transaction: it is kept whole or, after a crash, not at all. Records already stored
     * as coded or rejected are skipped; failed ones are replaced. When the database refuses the batch, each
     * record is stored alone, and one it still refuses is stored as failed with the database's reason.
     */
    BatchReport store(List<ArticleOutcome> batch);

    /** Whether a record is stored as coded or rejected, so ingesting it again would change nothing. */
    boolean isSettled(String id);

    /** What the store holds. */
    StoreCounts counts();

    /** The relation between two actors per period, asserted events only, periods without events left out. */
    List<RelationRow> relations(RelationQuery query);

    /** The most frequent actors, dyads or codes among the filtered events, most events first. */
    List<TopRow> top(TopKind kind, EventFilter filter, int limit);

    /** Every filtered event in id order. */
    void forEachEvent(EventFilter filter, Consumer<StoredEvent> sink);

    /**
     * Every filtered event in id order with its mentions in article and sentence order: all of them, or only
     * those of the article that first reported it.
     */
    void forEachEventWithMentions(EventFilter filter, boolean firstArticleOnly,
                                  BiConsumer<StoredEvent, List<StoredMention>> sink);

    /** One page of events and the number of events the query matches. */
    EventPage events(EventQuery query);

    /** The event with this id, if there is one. */
    Optional<StoredEvent> event(long id);

    /** The mentions of an event in article and sentence order; empty for an unknown event. */
    List<StoredMention> mentions(long eventId);

    /** Places of the filtered events that have coordinates, most events first. */
    List<PlaceRow> places(EventFilter filter, int limit);

    /** Ordered actor pairs among the filtered events, most events first: the edges of the actor network. */
    List<DyadRow> network(EventFilter filter, int limit);

    /**
     * Runs one read-only query (a single SELECT or WITH statement) and returns at most {@code maxRows} rows.
     *
     * @throws IllegalArgumentException when the text is not a single SELECT or WITH statement
     * @throws StoreException           with the database's message when the query fails
     */
    SqlResult query(String sql, int maxRows);

    @Override
    void close();
}
