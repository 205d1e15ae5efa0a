package org.dyad.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.dyad.actor.Actor;
import org.dyad.event.Event;
import org.dyad.place.Location;
import org.dyad.time.EventDate;

/**
 * Writes an event as the JSON object of the event record contract (DESIGN.md): the contract's field names in
 * its order, then Dyad's additions (cameo name, trigger, modality cue, mentions).
 */
public final class EventJson {
    private final JsonFactory factory = new JsonFactory();

    /** The event as one line of JSON, without a line break. */
    public String toJson(Event event) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = factory.createGenerator(out)) {
            write(json, event);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON to a string", e);
        }
        return out.toString();
    }

    private static void write(JsonGenerator json, Event event) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", event.id());
        json.writeObjectFieldStart("article");
        json.writeStringField("id", event.article().id());
        json.writeStringField("date", event.article().date().toString());
        json.writeStringField("source", event.article().source());
        json.writeStringField("url", event.article().url());
        json.writeEndObject();
        json.writeNumberField("sentence", event.sentence());
        json.writeStringField("evidence", event.evidence());
        actor(json, "source", event.source());
        actor(json, "target", event.target());
        json.writeStringField("cameo", event.cameo().code());
        json.writeStringField("root", event.cameo().root());
        json.writeNumberField("quad_class", event.cameo().quadClass());
        json.writeNumberField("goldstein", event.cameo().goldstein());
        json.writeObjectFieldStart("plover");
        json.writeStringField("event", emptyToNull(event.cameo().ploverEvent()));
        json.writeStringField("mode", emptyToNull(event.cameo().ploverMode()));
        json.writeEndObject();
        json.writeStringField("modality", event.modality().label());
        date(json, event.date());
        location(json, event.location());
        json.writeNumberField("confidence", event.confidence());
        json.writeStringField("rule", event.rule());
        json.writeStringField("cameo_name", event.cameo().name());
        json.writeStringField("modality_cue", event.modalityCue());
        json.writeObjectFieldStart("trigger");
        json.writeStringField("text", event.trigger());
        span(json, event.triggerBegin(), event.triggerBegin() + event.trigger().length());
        json.writeEndObject();
        json.writeArrayFieldStart("evidence_span");
        json.writeNumber(event.evidenceBegin());
        json.writeNumber(event.evidenceBegin() + event.evidence().length());
        json.writeEndArray();
        json.writeNumberField("mention_count", event.mentions().size());
        json.writeArrayFieldStart("mentions");
        for (Event.Mention mention : event.mentions()) {
            json.writeStartObject();
            json.writeNumberField("sentence", mention.sentence());
            span(json, mention.begin(), mention.end());
            json.writeNumberField("confidence", mention.confidence());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void actor(JsonGenerator json, String field, Actor actor) throws IOException {
        if (actor == null) {
            json.writeNullField(field);
            return;
        }
        json.writeObjectFieldStart(field);
        json.writeStringField("text", actor.text());
        json.writeStringField("name", actor.name());
        json.writeStringField("code", actor.code());
        json.writeStringField("country", actor.country());
        json.writeArrayFieldStart("sectors");
        for (String sector : actor.sectors()) {
            json.writeString(sector);
        }
        json.writeEndArray();
        span(json, actor.begin(), actor.end());
        json.writeEndObject();
    }

    private static void date(JsonGenerator json, EventDate date) throws IOException {
        json.writeObjectFieldStart("date");
        json.writeStringField("value", date.value().toString());
        json.writeStringField("start", date.start().toString());
        json.writeStringField("end", date.end().toString());
        json.writeStringField("precision", date.precision().label());
        json.writeStringField("text", date.text());
        json.writeStringField("basis", date.basis().label());
        json.writeEndObject();
    }

    private static void location(JsonGenerator json, Location location) throws IOException {
        if (location == null) {
            json.writeNullField("location");
            return;
        }
        json.writeObjectFieldStart("location");
        json.writeStringField("name", location.name());
        json.writeStringField("country", location.country());
        json.writeNumberField("lat", location.lat());
        json.writeNumberField("lon", location.lon());
        json.writeStringField("text", location.text());
        json.writeEndObject();
    }

    private static void span(JsonGenerator json, int begin, int end) throws IOException {
        json.writeArrayFieldStart("span");
        json.writeNumber(begin);
        json.writeNumber(end);
        json.writeEndArray();
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
