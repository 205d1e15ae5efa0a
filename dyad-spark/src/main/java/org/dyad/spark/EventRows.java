package org.dyad.spark;

import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dyad.actor.Actor;
import org.dyad.event.Event;
import org.dyad.output.EventJson;
import org.dyad.place.Location;

/**
 * The rows of the events and mentions tables. An event row has flat columns for queries (the event record's
 * fields, nulls where the record has none) and {@code json}, the very line {@code dyad code --format jsonl}
 * prints for the event, so that nothing of the record is lost. {@code month} (yyyy-MM of the start of the event's
 * date) is the column both tables are partitioned by. Not thread-safe (one per partition).
 */
final class EventRows {
    static final String MONTH = "month";
    private static final DateTimeFormatter YEAR_MONTH = DateTimeFormatter.ofPattern("yyyy-MM", Locale.ROOT);

    static final StructType EVENT = new StructType()
            .add("event_id", DataTypes.StringType, false)
            .add("article_id", DataTypes.StringType, false)
            .add("article_date", DataTypes.DateType, false)
            .add("article_source", DataTypes.StringType)
            .add("article_url", DataTypes.StringType)
            .add(MONTH, DataTypes.StringType, false)
            .add("date_value", DataTypes.DateType, false)
            .add("date_start", DataTypes.DateType, false)
            .add("date_end", DataTypes.DateType, false)
            .add("date_precision", DataTypes.StringType, false)
            .add("source_code", DataTypes.StringType)
            .add("source_name", DataTypes.StringType)
            .add("source_country", DataTypes.StringType)
            .add("target_code", DataTypes.StringType)
            .add("target_name", DataTypes.StringType)
            .add("target_country", DataTypes.StringType)
            .add("cameo", DataTypes.StringType, false)
            .add("root", DataTypes.StringType, false)
            .add("quad_class", DataTypes.IntegerType, false)
            .add("goldstein", DataTypes.DoubleType, false)
            .add("plover_event", DataTypes.StringType)
            .add("plover_mode", DataTypes.StringType)
            .add("modality", DataTypes.StringType, false)
            .add("confidence", DataTypes.DoubleType, false)
            .add("rule", DataTypes.StringType)
            .add("evidence", DataTypes.StringType)
            .add("location_name", DataTypes.StringType)
            .add("location_country", DataTypes.StringType)
            .add("location_lat", DataTypes.DoubleType)
            .add("location_lon", DataTypes.DoubleType)
            .add("mention_count", DataTypes.IntegerType, false)
            .add("json", DataTypes.StringType, false);

    static final StructType MENTION = new StructType()
            .add("event_id", DataTypes.StringType, false)
            .add("article_id", DataTypes.StringType, false)
            .add(MONTH, DataTypes.StringType, false)
            .add("sentence", DataTypes.IntegerType, false)
            .add("begin", DataTypes.IntegerType, false)
            .add("end", DataTypes.IntegerType, false)
            .add("confidence", DataTypes.DoubleType, false);

    private final EventJson json = new EventJson();

    static String month(Event event) {
        return event.date().start().format(YEAR_MONTH);
    }

    Row event(Event e) {
        Actor source = e.source();
        Actor target = e.target();
        Location place = e.location();
        return RowFactory.create(e.id(), e.article().id(), date(e.article().date()), e.article().source(),
                e.article().url(), month(e), date(e.date().value()), date(e.date().start()), date(e.date().end()),
                e.date().precision().label(),
                source.code(), source.name(), source.country(),
                target == null ? null : target.code(), target == null ? null : target.name(),
                target == null ? null : target.country(),
                e.cameo().code(), e.cameo().root(), e.cameo().quadClass(), e.cameo().goldstein(),
                blankToNull(e.cameo().ploverEvent()), blankToNull(e.cameo().ploverMode()), e.modality().label(),
                e.confidence(), e.rule(), e.evidence(),
                place == null ? null : place.name(), place == null ? null : place.country(),
                place == null ? null : place.lat(), place == null ? null : place.lon(),
                e.mentions().size(), json.toJson(e));
    }

    static List<Row> mentions(Event e) {
        List<Row> rows = new ArrayList<>(e.mentions().size());
        for (Event.Mention m : e.mentions()) {
            rows.add(RowFactory.create(e.id(), e.article().id(), month(e), m.sentence(), m.begin(), m.end(),
                    m.confidence()));
        }
        return rows;
    }

    private static Date date(LocalDate date) {
        return Date.valueOf(date);
    }

    /** As the JSON record writes them: an empty PLOVER field is no field. */
    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
