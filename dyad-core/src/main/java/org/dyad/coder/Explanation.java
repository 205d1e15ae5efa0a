package org.dyad.coder;

import java.util.List;
import org.dyad.actor.DocumentActors;
import org.dyad.article.Article;
import org.dyad.event.Event;
import org.dyad.event.EventExtractor;
import org.dyad.nlp.Doc;
import org.dyad.time.DateMention;

/**
 * How an article was coded, stage by stage: the analysis, the actors found, the date expressions, what was read
 * at each trigger, and the events that came out.
 *
 * @param article  the article
 * @param doc      the linguistic analysis
 * @param actors   atoms and actor phrases of every sentence
 * @param dates    date expressions of the whole text
 * @param readings per sentence, each trigger with its arguments and modality
 * @param events   the events, as {@link Coder#code} gives them
 */
public record Explanation(Article article, Doc doc, DocumentActors actors, List<DateMention> dates,
                          List<List<EventExtractor.Reading>> readings, List<Event> events) {
    public Explanation {
        dates = List.copyOf(dates);
        readings = List.copyOf(readings);
        events = List.copyOf(events);
    }
}
