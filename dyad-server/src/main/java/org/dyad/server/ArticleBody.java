package org.dyad.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.dyad.article.Article;
import org.dyad.article.ArticleId;

/**
 * The article a request sends to be coded: {@code {"text", "date", "id"?, "title"?, "source"?, "url"?}}, every
 * field checked and bounded.
 */
final class ArticleBody {
    /** About 15,000 words: longer texts are not news articles and would hold a worker for minutes. */
    static final int MAX_TEXT = 100_000;
    private static final int MAX_FIELD = 2_000;

    private final ObjectMapper mapper = new ObjectMapper();

    Article parse(String body) {
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("the body is not JSON: line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr());
        }
        if (root == null || !root.isObject()) {
            throw ApiException.badRequest("the body must be a JSON object {\"text\": ..., \"date\": ...}");
        }
        String text = field(root, "text", MAX_TEXT);
        if (text == null || text.isBlank()) {
            throw ApiException.badRequest("'text' is missing or empty");
        }
        String dateText = field(root, "date", 10);
        if (dateText == null) {
            throw ApiException.badRequest("'date' (YYYY-MM-DD, the publication date) is missing");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(dateText);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("'date' is not a date YYYY-MM-DD: '" + dateText + "'");
        }
        String id = field(root, "id", 128);
        if (id != null && !id.matches("[A-Za-z0-9._:\\-]+")) {
            throw ApiException.badRequest("'id' may hold letters, digits and . _ : - only");
        }
        return new Article(id == null || id.isBlank() ? ArticleId.ofText(text) : id, date,
                field(root, "source", MAX_FIELD), field(root, "url", MAX_FIELD), field(root, "title", MAX_FIELD), text);
    }

    private static String field(JsonNode root, String name, int maxLength) {
        JsonNode node = root.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw ApiException.badRequest("'" + name + "' must be a string");
        }
        String value = node.textValue();
        if (value.length() > maxLength) {
            throw new ApiException(413, "'" + name + "' is longer than " + maxLength + " characters");
        }
        return value;
    }
}
