package org.dyad.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.relations.DyadRow;
import org.dyad.relations.Period;
import org.dyad.relations.PlaceRow;
import org.dyad.relations.RelationChart;
import org.dyad.relations.RelationQuery;
import org.dyad.relations.RelationRow;
import org.dyad.relations.TopKind;
import org.dyad.relations.TopRow;
import org.dyad.store.EventPage;
import org.dyad.store.EventQuery;
import org.dyad.store.EventSort;
import org.dyad.store.StoreCounts;
import org.dyad.store.StoredEvent;
import org.dyad.store.StoredMention;

/** The read endpoints: events, one event, relations over time, rankings, places, the network, counts. */
final class ReadApi {
    static final int MAX_PAGE = 200;
    static final long MAX_OFFSET = 1_000_000;
    static final int MAX_RANKING = 500;
    /** A relation series has at most this many periods: 40 years of weeks. */
    static final int MAX_PERIODS = 2_100;
    private static final Map<String, EventSort> SORTS = Map.of("date", EventSort.DATE, "confidence",
            EventSort.CONFIDENCE, "goldstein", EventSort.GOLDSTEIN, "mentions", EventSort.MENTIONS, "cameo",
            EventSort.CAMEO, "source", EventSort.SOURCE, "target", EventSort.TARGET, "id", EventSort.ID);

    private final StorePool stores;
    private final StoredJson events;
    private final JsonText json;

    ReadApi(StorePool stores, StoredJson events, JsonText json) {
        this.stores = stores;
        this.events = events;
        this.json = json;
    }

    void events(Context ctx) {
        RequestParams params = new RequestParams(ctx);
        String with = params.actor("with");
        var filter = params.filter();
        if (with != null && filter.actor() == null) {
            throw ApiException.badRequest("'with' needs 'actor': the events between the two");
        }
        Long quad = params.text("quad") == null ? null : params.number("quad", 1, 4, 0);
        EventQuery query = new EventQuery(filter, with, params.text("q"), quad == null ? null : quad.intValue(),
                SORTS.get(params.choice("sort", SORTS.keySet(), "date")),
                !"asc".equals(params.choice("order", Set.of("asc", "desc"), "desc")),
                (int) params.number("limit", 1, MAX_PAGE, 50), params.number("offset", 0, MAX_OFFSET, 0));
        boolean evidence = params.flag("evidence");
        record Shown(StoredEvent event, List<StoredMention> mentions) {
        }
        record Result(long total, List<Shown> shown) {
        }
        Result result = stores.read(store -> {
            EventPage page = store.events(query);
            return new Result(page.total(), page.events().stream().map(event -> new Shown(event, evidence
                    ? store.mentions(event.id()).stream().filter(StoredMention::primary).limit(1).toList()
                    : null)).toList());
        });
        send(ctx, json.of(out -> {
            out.writeStartObject();
            out.writeNumberField("total", result.total());
            out.writeNumberField("limit", query.limit());
            out.writeNumberField("offset", query.offset());
            out.writeArrayFieldStart("events");
            for (Shown shown : result.shown()) {
                events.event(out, shown.event(), shown.mentions());
            }
            out.writeEndArray();
            out.writeEndObject();
        }));
    }

    void event(Context ctx) {
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("the event id is not a number");
        }
        record Found(StoredEvent event, List<StoredMention> mentions) {
        }
        Found found = stores.read(store -> store.event(id).map(event -> new Found(event, store.mentions(id)))
                .orElse(null));
        if (found == null) {
            throw new ApiException(404, "no event " + id);
        }
        send(ctx, json.of(out -> events.event(out, found.event(), found.mentions())));
    }

    void relations(Context ctx) {
        RequestParams params = new RequestParams(ctx);
        String a = params.requiredActor("a");
        String b = params.requiredActor("b");
        Period period = Period.valueOf(params.choice("by", Set.of("week", "month", "year"), "month")
                .toUpperCase(java.util.Locale.ROOT));
        LocalDate from = params.date("from");
        LocalDate to = params.date("to");
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.badRequest("'from' " + from + " is after 'to' " + to);
        }
        RelationQuery query = new RelationQuery(a, b, period, from, to, params.flag("directed"));
        List<RelationRow> rows = stores.read(store -> store.relations(query));
        if (!rows.isEmpty() && periods(rows, period) > MAX_PERIODS) {
            throw ApiException.badRequest("the series would have more than " + MAX_PERIODS + " periods; give "
                    + "'from' and 'to', or a longer period");
        }
        List<RelationRow> filled = RelationChart.withGaps(rows, period);
        send(ctx, json.of(out -> {
            out.writeStartObject();
            out.writeStringField("a", a);
            out.writeStringField("b", b);
            out.writeStringField("by", period.sqlUnit());
            out.writeBooleanField("directed", query.directed());
            out.writeArrayFieldStart("periods");
            for (RelationRow row : filled) {
                out.writeStartObject();
                out.writeStringField("period", row.period().toString());
                out.writeStringField("end", period.next(row.period()).minusDays(1).toString());
                out.writeStringField("label", period.label(row.period()));
                out.writeNumberField("events", row.total());
                out.writeNumberField("qc1", row.verbalCoop());
                out.writeNumberField("qc2", row.materialCoop());
                out.writeNumberField("qc3", row.verbalConf());
                out.writeNumberField("qc4", row.materialConf());
                if (row.total() == 0) {
                    out.writeNullField("goldstein");
                } else {
                    out.writeNumberField("goldstein", row.meanGoldstein());
                }
                out.writeNumberField("net_cooperation", row.netCooperation());
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeEndObject();
        }));
    }

    private static long periods(List<RelationRow> rows, Period period) {
        LocalDate first = rows.get(0).period();
        LocalDate last = rows.get(rows.size() - 1).period();
        return switch (period) {
            case WEEK -> java.time.temporal.ChronoUnit.WEEKS.between(first, last) + 1;
            case MONTH -> java.time.temporal.ChronoUnit.MONTHS.between(first, last) + 1;
            case YEAR -> java.time.temporal.ChronoUnit.YEARS.between(first, last) + 1;
        };
    }

    void top(Context ctx) {
        TopKind kind = switch (ctx.pathParam("kind")) {
            case "actors" -> TopKind.ACTORS;
            case "dyads" -> TopKind.DYADS;
            case "codes" -> TopKind.CODES;
            default -> throw new ApiException(404, "rankings are of actors, dyads or codes");
        };
        RequestParams params = new RequestParams(ctx);
        var filter = params.filter();
        int limit = (int) params.number("limit", 1, MAX_RANKING, 20);
        List<TopRow> rows = stores.read(store -> store.top(kind, filter, limit));
        send(ctx, json.of(out -> {
            out.writeStartObject();
            out.writeStringField("kind", ctx.pathParam("kind"));
            out.writeArrayFieldStart("rows");
            for (TopRow row : rows) {
                out.writeStartObject();
                out.writeStringField("key", row.key());
                out.writeStringField("label", row.label());
                out.writeNumberField("events", row.events());
                out.writeNumberField("mentions", row.mentions());
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeEndObject();
        }));
    }

    void places(Context ctx) {
        RequestParams params = new RequestParams(ctx);
        var filter = params.filter();
        int limit = (int) params.number("limit", 1, MAX_RANKING, 200);
        List<PlaceRow> rows = stores.read(store -> store.places(filter, limit));
        send(ctx, json.of(out -> {
            out.writeStartObject();
            out.writeArrayFieldStart("places");
            for (PlaceRow row : rows) {
                out.writeStartObject();
                out.writeStringField("name", row.name());
                out.writeStringField("country", row.country());
                out.writeNumberField("lat", row.lat());
                out.writeNumberField("lon", row.lon());
                out.writeNumberField("events", row.events());
                out.writeNumberField("goldstein", row.meanGoldstein());
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeEndObject();
        }));
    }

    void network(Context ctx) {
        RequestParams params = new RequestParams(ctx);
        var filter = params.filter();
        int limit = (int) params.number("limit", 1, MAX_RANKING, 60);
        List<DyadRow> rows = stores.read(store -> store.network(filter, limit));
        send(ctx, json.of(out -> {
            out.writeStartObject();
            out.writeArrayFieldStart("edges");
            for (DyadRow row : rows) {
                out.writeStartObject();
                out.writeStringField("source", row.source());
                out.writeStringField("source_name", row.sourceName());
                out.writeStringField("target", row.target());
                out.writeStringField("target_name", row.targetName());
                out.writeNumberField("events", row.events());
                out.writeNumberField("goldstein", row.meanGoldstein());
                out.writeNumberField("net_cooperation", row.netCooperation());
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeEndObject();
        }));
    }

    void stats(Context ctx, boolean coderReady) {
        StoreCounts counts = stores.read(store -> store.counts());
        send(ctx, json.of(out -> {
            out.writeStartObject();
            out.writeNumberField("articles", counts.coded());
            out.writeNumberField("failed", counts.failed());
            out.writeNumberField("rejected", counts.rejected());
            out.writeNumberField("events", counts.events());
            out.writeNumberField("mentions", counts.mentions());
            out.writeBooleanField("coder_ready", coderReady);
            out.writeEndObject();
        }));
    }

    static void send(Context ctx, String body) {
        ctx.contentType("application/json; charset=utf-8").result(body);
    }
}
