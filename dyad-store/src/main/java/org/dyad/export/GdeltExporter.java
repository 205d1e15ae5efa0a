package org.dyad.export;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyad.store.EventFilter;
import org.dyad.store.EventStore;
import org.dyad.store.StoredEvent;
import org.dyad.store.StoredMention;

/**
 * GDELT 2.0's event and mentions tables, tab-separated, without a header, columns in GDELT's order. Dyad has no
 * tone, no ethnic or religious codes and no FIPS place codes: those columns stay empty (README, "Exports").
 */
public final class GdeltExporter {
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);
    /** The lead of an article, where GDELT's IsRootEvent looks: its first sentences. */
    private static final int LEAD_SENTENCES = 3;

    private final List<String> eventColumns = GdeltColumns.events();
    private final List<String> mentionColumns = GdeltColumns.mentions();

    /** Writes the event table; returns the number of events. */
    public long writeEvents(EventStore store, EventFilter filter, PrintWriter out) {
        long[] count = {0};
        store.forEachEvent(filter, event -> {
            out.print(line(eventColumns, eventValues(event)));
            count[0]++;
        });
        out.flush();
        return count[0];
    }

    /** Writes the mentions table of the same events; returns the number of mentions. */
    public long writeMentions(EventStore store, EventFilter filter, PrintWriter out) {
        long[] count = {0};
        store.forEachEventWithMentions(filter, false, (event, mentions) -> {
            for (StoredMention mention : mentions) {
                out.print(line(mentionColumns, mentionValues(event, mention)));
                count[0]++;
            }
        });
        out.flush();
        return count[0];
    }

    /** The values Dyad can fill, by GDELT column name. */
    static Map<String, String> eventValues(StoredEvent event) {
        Map<String, String> values = new HashMap<>();
        LocalDate date = event.dateValue();
        values.put("GLOBALEVENTID", Long.toString(event.id()));
        values.put("SQLDATE", date.format(DAY));
        values.put("MonthYear", String.format("%d%02d", date.getYear(), date.getMonthValue()));
        values.put("Year", Integer.toString(date.getYear()));
        // GDELT's own approximation of the fraction of the year.
        values.put("FractionDate", String.format(Locale.ROOT, "%.4f",
                date.getYear() + (date.getMonthValue() * 30 + date.getDayOfMonth()) / 365.0));
        actor(values, "Actor1", event.sourceCode(), event.sourceName(), event.sourceCountry(), event.sourceSectors());
        if (event.hasTarget()) {
            actor(values, "Actor2", event.targetCode(), event.targetName(), event.targetCountry(),
                    event.targetSectors());
        }
        values.put("IsRootEvent", event.firstSentence() < LEAD_SENTENCES ? "1" : "0");
        values.put("EventCode", event.cameo());
        values.put("EventBaseCode", event.baseCode());
        values.put("EventRootCode", event.root());
        values.put("QuadClass", Integer.toString(event.quadClass()));
        values.put("GoldsteinScale", String.format(Locale.ROOT, "%.1f", event.goldstein()));
        values.put("NumMentions", Integer.toString(event.mentionCount()));
        values.put("NumSources", Integer.toString(event.sourceCount()));
        values.put("NumArticles", Integer.toString(event.articleCount()));
        if (event.locationName() != null) {
            values.put("ActionGeo_FullName", event.locationName());
            values.put("ActionGeo_Lat", String.format(Locale.ROOT, "%.4f", event.lat()));
            values.put("ActionGeo_Long", String.format(Locale.ROOT, "%.4f", event.lon()));
        }
        values.put("DATEADDED", event.addedAt().format(SECOND));
        values.put("SOURCEURL", event.firstUrl() != null ? event.firstUrl() : event.firstArticleId());
        return values;
    }

    private static void actor(Map<String, String> values, String prefix, String code, String name, String country,
                              List<String> sectors) {
        put(values, prefix + "Code", code);
        put(values, prefix + "Name", name == null ? null : name.toUpperCase(Locale.ROOT));
        put(values, prefix + "CountryCode", country);
        if (code != null && country == null) {
            // A coded actor without a country is an organisation (UNO, NATO, EU): GDELT's known group.
            values.put(prefix + "KnownGroupCode", code);
        }
        for (int i = 0; i < Math.min(3, sectors.size()); i++) {
            values.put(prefix + "Type" + (i + 1) + "Code", sectors.get(i));
        }
    }

    static Map<String, String> mentionValues(StoredEvent event, StoredMention mention) {
        Map<String, String> values = new HashMap<>();
        values.put("GLOBALEVENTID", Long.toString(event.id()));
        values.put("EventTimeDate", event.addedAt().format(SECOND));
        put(values, "MentionTimeDate", mention.ingestedAt() == null ? null : mention.ingestedAt().format(SECOND));
        values.put("MentionType", mention.articleUrl() != null ? "1" : "2");
        put(values, "MentionSourceName", mention.articleSource());
        values.put("MentionIdentifier", mention.articleUrl() != null ? mention.articleUrl() : mention.articleId());
        values.put("SentenceID", Integer.toString(mention.sentence() + 1));
        put(values, "Actor1CharOffset", text(mention.sourceBegin()));
        put(values, "Actor2CharOffset", text(mention.targetBegin()));
        put(values, "ActionCharOffset", text(mention.triggerBegin()));
        values.put("InRawText", "1");
        values.put("Confidence", Long.toString(Math.round(mention.confidence() * 100)));
        put(values, "MentionDocLen", text(mention.articleLength()));
        return values;
    }

    private static String line(List<String> columns, Map<String, String> values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                line.append('\t');
            }
            line.append(clean(values.getOrDefault(columns.get(i), "")));
        }
        return line.append('\n').toString();
    }

    /** Tabs and line breaks inside a value would break the table. */
    private static String clean(String value) {
        return value.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    private static void put(Map<String, String> values, String column, String value) {
        if (value != null) {
            values.put(column, value);
        }
    }

    private static String text(Integer number) {
        return number == null ? null : number.toString();
    }
}
