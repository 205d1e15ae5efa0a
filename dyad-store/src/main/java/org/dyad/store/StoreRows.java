package org.dyad.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/** The columns the read queries select, and the records their rows become. */
final class StoreRows {
    /** Event columns, then the first article's URL: 34 columns. */
    static final String EVENT_COLUMNS = "e.id, e.source_code, e.source_country, e.source_name, e.source_sectors,"
            + " e.target_code, e.target_country, e.target_name, e.target_sectors, e.cameo, e.base_code, e.root,"
            + " e.quad_class, e.goldstein, e.plover_event, e.plover_mode, e.modality, e.date_value, e.date_start,"
            + " e.date_end, e.date_precision, e.location_name, e.location_country, e.lat, e.lon, e.confidence,"
            + " e.first_article_id, e.first_coded_id, e.first_sentence, e.added_at, e.mention_count,"
            + " e.source_count, e.article_count, fa.url";
    static final int EVENT_COLUMN_COUNT = 34;
    /** Mention columns with their article's: 32 columns. */
    static final String MENTION_COLUMNS = "m.event_id, m.article_id, m.coded_id, m.sentence, m.is_primary,"
            + " m.evidence, m.evidence_begin, m.evidence_end, m.source_text, m.source_begin, m.source_end,"
            + " m.target_text, m.target_begin, m.target_end, m.trigger_text, m.trigger_begin, m.modality_cue,"
            + " m.date_value, m.date_text, m.date_basis, m.location_text, m.location_begin, m.location_end,"
            + " m.confidence, m.event_confidence, m.rule, a.published, a.source, a.url, a.title, a.text_length,"
            + " a.ingested_at";

    private StoreRows() {
    }

    static StoredEvent event(ResultSet rows) throws SQLException {
        return new StoredEvent(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
                sectors(rows.getString(5)), rows.getString(6), rows.getString(7), rows.getString(8),
                sectors(rows.getString(9)), rows.getString(10), rows.getString(11), rows.getString(12),
                rows.getInt(13), rows.getDouble(14), rows.getString(15), rows.getString(16), rows.getString(17),
                date(rows, 18), date(rows, 19), date(rows, 20), rows.getString(21), rows.getString(22),
                rows.getString(23), nullableDouble(rows, 24), nullableDouble(rows, 25), rows.getDouble(26),
                rows.getString(27), rows.getString(28), rows.getInt(29), time(rows, 30), rows.getInt(31),
                rows.getInt(32), rows.getInt(33), rows.getString(34));
    }

    /** A mention whose columns start after {@code offset} columns. */
    static StoredMention mention(ResultSet rows, int offset) throws SQLException {
        int o = offset;
        return new StoredMention(rows.getLong(o + 1), rows.getString(o + 2), rows.getString(o + 3),
                rows.getInt(o + 4), rows.getBoolean(o + 5), rows.getString(o + 6), rows.getInt(o + 7),
                rows.getInt(o + 8), rows.getString(o + 9), nullableInt(rows, o + 10), nullableInt(rows, o + 11),
                rows.getString(o + 12), nullableInt(rows, o + 13), nullableInt(rows, o + 14), rows.getString(o + 15),
                nullableInt(rows, o + 16), rows.getString(o + 17), date(rows, o + 18), rows.getString(o + 19),
                rows.getString(o + 20), rows.getString(o + 21), nullableInt(rows, o + 22),
                nullableInt(rows, o + 23), rows.getDouble(o + 24), rows.getDouble(o + 25), rows.getString(o + 26),
                date(rows, o + 27), rows.getString(o + 28), rows.getString(o + 29), rows.getString(o + 30),
                nullableInt(rows, o + 31), time(rows, o + 32));
    }

    private static List<String> sectors(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    private static LocalDate date(ResultSet rows, int column) throws SQLException {
        return rows.getObject(column, LocalDate.class);
    }

    private static LocalDateTime time(ResultSet rows, int column) throws SQLException {
        return rows.getObject(column, LocalDateTime.class);
    }

    private static Double nullableDouble(ResultSet rows, int column) throws SQLException {
        double value = rows.getDouble(column);
        return rows.wasNull() ? null : value;
    }

    private static Integer nullableInt(ResultSet rows, int column) throws SQLException {
        int value = rows.getInt(column);
        return rows.wasNull() ? null : value;
    }
}
