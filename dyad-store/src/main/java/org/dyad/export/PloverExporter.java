package org.dyad.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import org.dyad.ontology.CameoCode;
import org.dyad.ontology.CameoOntology;
import org.dyad.store.EventFilter;
import org.dyad.store.EventStore;
import org.dyad.store.StoredEvent;

/**
 * Events as PLOVER records, one JSON object per line, with PLOVER's field names: {@code id}, {@code date},
 * {@code event}, {@code mode}, {@code context}, {@code actor}, {@code recipient} (each a code, a name and a
 * country), {@code location}; then the counts. Events whose CAMEO code has no PLOVER category are left out.
 */
public final class PloverExporter {
    private final ObjectMapper mapper = new ObjectMapper();
    private final CameoOntology ontology;

    public PloverExporter(CameoOntology ontology) {
        this.ontology = ontology;
    }

    /** Writes the filtered events that have a PLOVER category; returns how many. */
    public long write(EventStore store, EventFilter filter, PrintWriter out) {
        long[] count = {0};
        store.forEachEvent(filter, event -> {
            if (event.ploverEvent() != null) {
                out.println(json(event));
                count[0]++;
            }
        });
        out.flush();
        return count[0];
    }

    String json(StoredEvent event) {
        ObjectNode record = mapper.createObjectNode();
        record.put("id", Long.toString(event.id()));
        record.put("date", event.dateValue().toString());
        record.put("date_resolution", event.datePrecision());
        record.put("event", event.ploverEvent());
        record.put("mode", event.ploverMode());
        ArrayNode context = record.putArray("context");
        List<String> contexts = ontology.find(event.cameo()).map(CameoCode::ploverContexts).orElse(List.of());
        contexts.forEach(context::add);
        // Actors as PLOVER's gold standard records write them: a list of {actorText, code, sector}.
        actor(record.putArray("source"), event.sourceCode(), event.sourceName(), event.sourceCountry());
        ArrayNode targets = record.putArray("target");
        if (event.hasTarget()) {
            actor(targets, event.targetCode(), event.targetName(), event.targetCountry());
        }
        if (event.locationName() == null) {
            record.putNull("location");
        } else {
            ObjectNode location = record.putObject("location");
            location.put("place_name", event.locationName());
            location.put("country", event.locationCountry());
            location.put("lat", event.lat());
            location.put("lon", event.lon());
        }
        record.put("modality", event.modality());
        record.put("cameo", event.cameo());
        record.put("goldstein", event.goldstein());
        record.put("confidence", event.confidence());
        record.put("num_mentions", event.mentionCount());
        record.put("num_sources", event.sourceCount());
        record.put("num_articles", event.articleCount());
        record.put("story_id", event.firstArticleId());
        try {
            return mapper.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree", e);
        }
    }

    private static void actor(ArrayNode list, String code, String name, String country) {
        ObjectNode actor = list.addObject();
        actor.put("actorText", name);
        boolean countrySector = code != null && country != null && code.startsWith(country)
                && code.length() > country.length();
        actor.put("code", countrySector ? country : code);
        if (countrySector) {
            actor.put("sector", code.substring(country.length()));
        }
    }
}
