package org.dyad.article;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Turns one line of a JSONL file into an article. Fields: {@code id} (string or number; hashed from the text when
 * missing), {@code date} (YYYY-MM-DD), {@code title}, {@code text}, {@code url}, {@code source}; others are ignored.
 * Safe to share between threads.
 */
final class JsonlRecordParser {
    static final String NO_DATE = "no date: add a \"date\" field or pass --date";
    static final String NO_TEXT = "no text";
    static final String NOT_AN_OBJECT = "not a JSON object";

    private final JsonMapper mapper = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private final LocalDate defaultDate;

    /** @param defaultDate the date of records without a "date" field, or {@code null} to reject them */
    JsonlRecordParser(LocalDate defaultDate) {
        this.defaultDate = defaultDate;
    }

    ReadResult parse(String file, long line, String json) {
        JsonNode node;
        try {
            node = mapper.readTree(json);
        } catch (JacksonException e) {
            return new ReadResult.Rejected(file, line, "bad JSON: " + shortMessage(e));
        }
        if (node == null || !node.isObject()) {
            return new ReadResult.Rejected(file, line, NOT_AN_OBJECT);
        }
        try {
            return new ReadResult.Read(article(node), file + ":" + line);
        } catch (BadRecord e) {
            return new ReadResult.Rejected(file, line, e.getMessage());
        }
    }

    private Article article(JsonNode record) throws BadRecord {
        String rawText = optionalString(record, "text");
        if (rawText == null || rawText.isBlank()) {
            throw new BadRecord(NO_TEXT);
        }
        String text = LineEndings.toLf(rawText);
        return new Article(id(record, text), date(record), optionalString(record, "source"),
                optionalString(record, "url"), optionalString(record, "title"), text);
    }

    private static String id(JsonNode record, String text) throws BadRecord {
        JsonNode id = record.get("id");
        if (id == null || id.isNull()) {
            return ArticleId.ofText(text);
        }
        if (id.isIntegralNumber()) {
            return id.bigIntegerValue().toString();
        }
        if (id.isNumber()) {
            return id.asText();
        }
        if (!id.isTextual()) {
            throw new BadRecord("'id' must be a string or a number, not " + kind(id));
        }
        return id.textValue().isBlank() ? ArticleId.ofText(text) : id.textValue();
    }

    private LocalDate date(JsonNode record) throws BadRecord {
        JsonNode date = record.get("date");
        if (date == null || date.isNull()) {
            if (defaultDate == null) {
                throw new BadRecord(NO_DATE);
            }
            return defaultDate;
        }
        if (!date.isValueNode()) {
            throw new BadRecord("'date' must be a YYYY-MM-DD string, not " + kind(date));
        }
        String value = date.asText();
        return StrictDates.parse(value).orElseThrow(() -> new BadRecord(StrictDates.impossible(value)));
    }

    /** The field's string value, or {@code null} when it is missing or JSON null. */
    private static String optionalString(JsonNode record, String field) throws BadRecord {
        JsonNode value = record.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new BadRecord("'" + field + "' must be a string, not " + kind(value));
        }
        return value.textValue();
    }

    private static String kind(JsonNode node) {
        return "a JSON " + node.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    /** Jackson's own message without the source excerpt it appends, plus the column, on one line. */
    static String shortMessage(JacksonException e) {
        String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        if (message.startsWith("Trailing token")) {
            // Jackson's wording names its own classes and settings, which mean nothing to someone fixing a file
            message = "more than one JSON value on the line";
        }
        int excerpt = message.indexOf(" (start marker at");
        if (excerpt < 0) {
            excerpt = message.indexOf("[Source:");
        }
        if (excerpt >= 0) {
            message = message.substring(0, excerpt);
        }
        String shortened = Abbreviation.of(message.strip());
        JsonLocation location = e.getLocation();
        return location == null || location.getColumnNr() < 1
                ? shortened
                : shortened + " (column " + location.getColumnNr() + ")";
    }

    /** A record whose JSON is fine but whose fields cannot make an article; carries only the reason. */
    private static final class BadRecord extends Exception {
        BadRecord(String reason) {
            super(reason, null, false, false);
        }
    }
}
