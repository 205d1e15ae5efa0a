package org.dyad.server;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.dyad.ontology.CameoCode;
import org.dyad.ontology.CameoOntology;
import org.dyad.store.StoredEvent;
import org.dyad.store.StoredMention;

/**
 * Stored events and mentions as JSON, with the field names of the event record where the store has the same
 * thing (DESIGN.md, "The event record") and the store's counts added.
 */
final class StoredJson {
    private final CameoOntology ontology;

    StoredJson(CameoOntology ontology) {
        this.ontology = ontology;
    }

    void event(JsonGenerator json, StoredEvent event, List<StoredMention> evidence) throws IOException {
        json.writeStartObject();
        json.writeNumberField("id", event.id());
        json.writeObjectFieldStart("date");
        JsonText.nullableDate(json, "value", event.dateValue());
        JsonText.nullableDate(json, "start", event.dateStart());
        JsonText.nullableDate(json, "end", event.dateEnd());
        json.writeStringField("precision", event.datePrecision());
        json.writeEndObject();
        actor(json, "source", event.sourceCode(), event.sourceName(), event.sourceCountry(), event.sourceSectors());
        if (event.hasTarget()) {
            actor(json, "target", event.targetCode(), event.targetName(), event.targetCountry(),
                    event.targetSectors());
        } else {
            json.writeNullField("target");
        }
        json.writeStringField("cameo", event.cameo());
        json.writeStringField("cameo_name", ontology.find(event.cameo()).map(CameoCode::name).orElse(null));
        json.writeStringField("root", event.root());
        json.writeNumberField("quad_class", event.quadClass());
        json.writeNumberField("goldstein", event.goldstein());
        json.writeObjectFieldStart("plover");
        json.writeStringField("event", event.ploverEvent());
        json.writeStringField("mode", event.ploverMode());
        json.writeEndObject();
        json.writeStringField("modality", event.modality());
        if (event.locationName() == null) {
            json.writeNullField("location");
        } else {
            json.writeObjectFieldStart("location");
            json.writeStringField("name", event.locationName());
            json.writeStringField("country", event.locationCountry());
            JsonText.nullableNumber(json, "lat", event.lat());
            JsonText.nullableNumber(json, "lon", event.lon());
            json.writeEndObject();
        }
        json.writeNumberField("confidence", event.confidence());
        json.writeNumberField("mention_count", event.mentionCount());
        json.writeNumberField("source_count", event.sourceCount());
        json.writeNumberField("article_count", event.articleCount());
        json.writeObjectFieldStart("first_article");
        json.writeStringField("id", event.firstArticleId());
        json.writeStringField("url", event.firstUrl());
        json.writeNumberField("sentence", event.firstSentence());
        json.writeEndObject();
        if (evidence != null) {
            json.writeArrayFieldStart("mentions");
            for (StoredMention mention : evidence) {
                mention(json, mention);
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void actor(JsonGenerator json, String field, String code, String name, String country,
                              List<String> sectors) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeStringField("code", code);
        json.writeStringField("name", name);
        json.writeStringField("country", country);
        json.writeArrayFieldStart("sectors");
        for (String sector : sectors) {
            json.writeString(sector);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** One report: its sentence, and spans as offsets into the article (the evidence starts at its own offset). */
    static void mention(JsonGenerator json, StoredMention mention) throws IOException {
        json.writeStartObject();
        json.writeObjectFieldStart("article");
        json.writeStringField("id", mention.articleId());
        JsonText.nullableDate(json, "date", mention.articleDate());
        json.writeStringField("source", mention.articleSource());
        json.writeStringField("url", mention.articleUrl());
        json.writeStringField("title", mention.articleTitle());
        json.writeEndObject();
        json.writeNumberField("sentence", mention.sentence());
        json.writeBooleanField("primary", mention.primary());
        json.writeStringField("evidence", mention.evidence());
        span(json, "evidence_span", mention.evidenceBegin(), mention.evidenceEnd());
        json.writeStringField("source_text", mention.sourceText());
        span(json, "source_span", mention.sourceBegin(), mention.sourceEnd());
        json.writeStringField("target_text", mention.targetText());
        span(json, "target_span", mention.targetBegin(), mention.targetEnd());
        json.writeStringField("trigger", mention.trigger());
        span(json, "trigger_span", mention.triggerBegin(), mention.triggerBegin() == null || mention.trigger() == null
                ? null : mention.triggerBegin() + mention.trigger().length());
        json.writeStringField("modality_cue", mention.modalityCue());
        json.writeObjectFieldStart("date");
        JsonText.nullableDate(json, "value", mention.dateValue());
        json.writeStringField("text", mention.dateText());
        json.writeStringField("basis", mention.dateBasis());
        json.writeEndObject();
        json.writeStringField("location_text", mention.locationText());
        span(json, "location_span", mention.locationBegin(), mention.locationEnd());
        json.writeNumberField("confidence", mention.confidence());
        json.writeStringField("rule", mention.rule());
        json.writeEndObject();
    }

    private static void span(JsonGenerator json, String field, Integer begin, Integer end) throws IOException {
        if (begin == null || end == null) {
            json.writeNullField(field);
            return;
        }
        json.writeArrayFieldStart(field);
        json.writeNumber(begin);
        json.writeNumber(end);
        json.writeEndArray();
    }
}
