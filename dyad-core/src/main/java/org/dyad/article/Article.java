package org.dyad.article;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as Dyad reads it: immutable, with the text that every character span refers to.
 *
 * @param id     stable identifier: the record's own id, or a hash of the text when it has none
 * @param date   publication date, the anchor for relative date expressions
 * @param source publisher or collection name, or {@code null}
 * @param url    address of the article, or {@code null}
 * @param title  headline, or {@code null}
 * @param text   body text; every span in Dyad's output is an offset into this string
 */
public record Article(String id, LocalDate date, String source, String url, String title, String text) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
        if (id.isBlank()) {
            throw new IllegalArgumentException("article id is blank");
        }
    }

    /** Names the article without printing its whole text. */
    @Override
    public String toString() {
        return "Article[id=" + id + ", date=" + date + ", " + text.length() + " chars]";
    }

    /** An article with only what coding needs: an id, a date and a text. */
    public static Article of(String id, LocalDate date, String text) {
        return new Article(id, date, null, null, null, text);
    }
}
