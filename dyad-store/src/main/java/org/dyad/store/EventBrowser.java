package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.relations.DyadRow;
import org.dyad.relations.PlaceRow;

/** The store's browsing reads (pages, one event, places, network); the caller holds the read transaction. */
final class EventBrowser {
    private final Connection connection;

    EventBrowser(Connection connection) {
        this.connection = connection;
    }

    EventPage events(EventQuery query) throws SQLException {
        AggregateSql.Query count = BrowseSql.count(query);
        AggregateSql.Query page = BrowseSql.page(query);
        long total;
        try (PreparedStatement select = connection.prepareStatement(count.text())) {
            Parameters.bind(select, count.parameters());
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                total = rows.getLong(1);
            }
        }
        List<StoredEvent> events = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(page.text())) {
            Parameters.bind(select, page.parameters());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    events.add(StoreRows.event(rows));
                }
            }
        }
        return new EventPage(total, events);
    }

    Optional<StoredEvent> event(long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(BrowseSql.event())) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(StoreRows.event(rows)) : Optional.empty();
            }
        }
    }

    List<StoredMention> mentions(long eventId) throws SQLException {
        List<StoredMention> result = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(BrowseSql.mentions())) {
            select.setLong(1, eventId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    result.add(StoreRows.mention(rows, 0));
                }
            }
        }
        return result;
    }

    List<PlaceRow> places(EventFilter filter, int limit) throws SQLException {
        AggregateSql.Query sql = BrowseSql.places(filter, positive(limit));
        List<PlaceRow> result = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql.text())) {
            Parameters.bind(select, sql.parameters());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    result.add(new PlaceRow(rows.getString(1), rows.getString(2), rows.getDouble(3),
                            rows.getDouble(4), rows.getLong(5), rows.getDouble(6)));
                }
            }
        }
        return result;
    }

    List<DyadRow> network(EventFilter filter, int limit) throws SQLException {
        AggregateSql.Query sql = BrowseSql.network(filter, positive(limit));
        List<DyadRow> result = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql.text())) {
            Parameters.bind(select, sql.parameters());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long events = rows.getLong(5);
                    result.add(new DyadRow(rows.getString(1), rows.getString(2), rows.getString(3),
                            rows.getString(4), events, rows.getDouble(6), (double) rows.getLong(7) / events));
                }
            }
        }
        return result;
    }

    private static int positive(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        return limit;
    }
}
