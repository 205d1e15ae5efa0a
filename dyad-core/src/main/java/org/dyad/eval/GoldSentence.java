package org.dyad.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A gold sentence with the events a trained coder wrote for it; no events means it must give none.
 *
 * @param line   line of the gold file it was read from
 * @param id     unique id in the file
 * @param date   the article's publication date
 * @param text   the sentence
 * @param events its gold events
 * @param tags   what the sentence tests ("passive", "coordination", ...)
 */
public record GoldSentence(int line, String id, LocalDate date, String text, List<GoldEvent> events,
                           List<String> tags) {
    public GoldSentence {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
        events = List.copyOf(events);
        tags = List.copyOf(tags);
        if (id.isBlank() || text.isBlank()) {
            throw new IllegalArgumentException("blank id or text");
        }
    }
}
