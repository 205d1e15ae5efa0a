package org.dyad.server;

import io.javalin.http.Context;
import java.util.List;
import org.dyad.article.Article;
import org.dyad.coder.CodedArticle;
import org.dyad.event.Event;
import org.dyad.output.EventJson;
import org.dyad.store.ArticleOutcome;
import org.dyad.store.BatchReport;

/** The coding endpoints: code a text and show its events; code an article and keep it in the store. */
final class CodingApi {
    private final CodingPool coding;
    private final StorePool stores;
    private final ArticleBody bodies = new ArticleBody();
    private final EventJson eventJson = new EventJson();
    private final JsonText json;

    CodingApi(CodingPool coding, StorePool stores, JsonText json) {
        this.coding = coding;
        this.stores = stores;
        this.json = json;
    }

    /** {@code POST /api/code}: the events of a text, nothing stored. */
    void code(Context ctx) {
        Article article = bodies.parse(ctx.body());
        CodedArticle coded = coding.code(article);
        ReadApi.send(ctx, json.of(out -> {
            out.writeStartObject();
            out.writeObjectFieldStart("article");
            out.writeStringField("id", article.id());
            out.writeStringField("date", article.date().toString());
            out.writeStringField("title", article.title());
            out.writeEndObject();
            out.writeStringField("text", article.text());
            out.writeNumberField("sentences", coded.sentences());
            out.writeArrayFieldStart("events");
            for (Event event : coded.events()) {
                out.writeRawValue(eventJson.toJson(event));
            }
            out.writeEndArray();
            out.writeEndObject();
        }));
    }

    /** {@code POST /api/articles}: codes an article and stores it with its events, once per article id. */
    void store(Context ctx) {
        Article article = bodies.parse(ctx.body());
        boolean known = stores.read(store -> store.isSettled(article.id()));
        if (known) {
            ReadApi.send(ctx, answer(article.id(), "already stored", 0, BatchReport.EMPTY));
            return;
        }
        CodedArticle coded = coding.code(article);
        BatchReport report = stores.write(store -> store.store(List.of(new ArticleOutcome.Coded(coded, "api"))));
        String status = report.skipped() > 0 ? "already stored" : report.failed() > 0 ? "failed" : "coded";
        ctx.status(status.equals("coded") ? 201 : 200);
        ReadApi.send(ctx, answer(article.id(), status, coded.events().size(), report));
    }

    private String answer(String id, String status, int events, BatchReport report) {
        return json.of(out -> {
            out.writeStartObject();
            out.writeStringField("id", id);
            out.writeStringField("status", status);
            out.writeNumberField("events", events);
            out.writeNumberField("new_events", report.newEvents());
            out.writeNumberField("joined", report.joined());
            out.writeNumberField("mentions", report.mentions());
            out.writeEndObject();
        });
    }
}
