package org.dyad.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import org.dyad.ontology.CameoOntology;
import org.dyad.output.EventJson;
import org.dyad.store.EventFilter;
import org.dyad.store.EventStore;
import org.dyad.store.StoredEvent;

/**
 * The event record of DESIGN.md, one per line, as {@link EventJson} writes it for the article that first reported
 * the event; then the store's additions: {@code event_id}, {@code num_mentions}, {@code num_sources},
 * {@code num_articles} over every report, and {@code store_confidence}, the confidence all reports give together.
 */
public final class JsonlExporter {
    private final EventJson json = new EventJson();
    private final ObjectMapper mapper = new ObjectMapper();
    private final EventRebuilder rebuilder;

    public JsonlExporter(CameoOntology ontology) {
        this.rebuilder = new EventRebuilder(ontology);
    }

    /** Writes the filtered events; returns how many. */
    public long write(EventStore store, EventFilter filter, PrintWriter out) {
        long[] count = {0};
        store.forEachEventWithMentions(filter, true, (event, mentions) -> {
            out.println(withCounts(json.toJson(rebuilder.rebuild(event, mentions)), event));
            count[0]++;
        });
        out.flush();
        return count[0];
    }

    private String withCounts(String line, StoredEvent event) {
        try {
            ObjectNode record = (ObjectNode) mapper.readTree(line);
            record.put("event_id", event.id());
            record.put("num_mentions", event.mentionCount());
            record.put("num_sources", event.sourceCount());
            record.put("num_articles", event.articleCount());
            record.put("store_confidence", event.confidence());
            return mapper.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("EventJson wrote JSON that does not parse: " + line, e);
        }
    }
}
