package org.dyad.coder;

import java.util.List;
import java.util.Objects;
import org.dyad.article.Article;
import org.dyad.event.Event;

/**
 * The events of one article.
 *
 * @param article   the article coded
 * @param events    its events, one per real-world event, in reading order
 * @param sentences number of sentences analysed
 * @param tokens    number of tokens analysed
 */
public record CodedArticle(Article article, List<Event> events, int sentences, int tokens) {
    public CodedArticle {
        Objects.requireNonNull(article, "article");
        events = List.copyOf(events);
    }
}
