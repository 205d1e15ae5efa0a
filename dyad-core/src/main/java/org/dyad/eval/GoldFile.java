package org.dyad.eval;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.event.Modality;

/**
 * Reads a gold file: one JSON record a line, {@code {"id", "date", "text", "events": [{"source", "target",
 * "cameo", "modality", "date"}], "tags"}} (format in {@code eval/gold/README.md}). A bad line is skipped and
 * reported as "file:line: reason"; blank lines are ignored.
 */
public final class GoldFile {
    /** The sentences read, in file order, and one located error per skipped line. */
    public record Contents(List<GoldSentence> sentences, List<String> errors) {
        public Contents {
            sentences = List.copyOf(sentences);
            errors = List.copyOf(errors);
        }

        /** How many lines were skipped. */
        public int rejected() {
            return errors.size();
        }
    }

    private final JsonMapper mapper = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /**
     * Reads every line.
     *
     * @param name the file's name as errors should show it
     */
    public Contents read(BufferedReader reader, String name) throws IOException {
        List<GoldSentence> sentences = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try {
                GoldSentence sentence = sentence(number, line);
                if (!ids.add(sentence.id())) {
                    throw new BadLine("id '" + sentence.id() + "' appears twice");
                }
                sentences.add(sentence);
            } catch (BadLine e) {
                errors.add(name + ":" + number + ": " + e.getMessage());
            }
        }
        return new Contents(sentences, errors);
    }

    private GoldSentence sentence(int number, String line) throws BadLine {
        JsonNode record;
        try {
            record = mapper.readTree(line);
        } catch (JacksonException e) {
            throw new BadLine("bad JSON: " + e.getOriginalMessage());
        }
        if (record == null || !record.isObject()) {
            throw new BadLine("not a JSON object");
        }
        String id = requiredText(record, "id");
        LocalDate date = day(requiredText(record, "date"), "date");
        String text = requiredText(record, "text");
        JsonNode events = record.get("events");
        if (events == null || !events.isArray()) {
            throw new BadLine("'events' must be a list (empty when the sentence gives no event)");
        }
        List<GoldEvent> gold = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            gold.add(event(events.get(i), i + 1));
        }
        return new GoldSentence(number, id, date, text, gold, tags(record.get("tags")));
    }

    private static GoldEvent event(JsonNode node, int index) throws BadLine {
        String where = "event " + index + ": ";
        if (!node.isObject()) {
            throw new BadLine(where + "not a JSON object");
        }
        try {
            String source = requiredText(node, "source");
            String target = optionalText(node, "target");
            String cameo = requiredText(node, "cameo");
            Modality modality = modality(requiredText(node, "modality"));
            String date = optionalText(node, "date");
            LocalDate start = null;
            LocalDate end = null;
            if (date != null) {
                int slash = date.indexOf('/');
                start = day(slash < 0 ? date : date.substring(0, slash), "date");
                end = slash < 0 ? start : day(date.substring(slash + 1), "date");
            }
            return new GoldEvent(source, target, cameo, modality, start, end);
        } catch (BadLine e) {
            throw new BadLine(where + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new BadLine(where + e.getMessage());
        }
    }

    private static Modality modality(String text) throws BadLine {
        return switch (text) {
            case "asserted" -> Modality.ASSERTED;
            case "negated" -> Modality.NEGATED;
            case "hypothetical" -> Modality.HYPOTHETICAL;
            case "future" -> Modality.FUTURE;
            default -> throw new BadLine("unknown modality '" + text
                    + "' (asserted, negated, hypothetical or future)");
        };
    }

    private static List<String> tags(JsonNode node) throws BadLine {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new BadLine("'tags' must be a list of strings");
        }
        List<String> tags = new ArrayList<>();
        for (JsonNode tag : node) {
            if (!tag.isTextual()) {
                throw new BadLine("'tags' must be a list of strings");
            }
            tags.add(tag.textValue().toLowerCase(Locale.ROOT));
        }
        return tags;
    }

    private static LocalDate day(String text, String field) throws BadLine {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadLine("'" + field + "' is not a date YYYY-MM-DD: '" + text + "'");
        }
    }

    private static String requiredText(JsonNode node, String field) throws BadLine {
        String text = optionalText(node, field);
        if (text == null || text.isBlank()) {
            throw new BadLine("no '" + field + "'");
        }
        return text;
    }

    private static String optionalText(JsonNode node, String field) throws BadLine {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new BadLine("'" + field + "' must be a string");
        }
        return value.textValue().strip();
    }

    /** A line that cannot be read, with its reason. */
    private static final class BadLine extends Exception {
        BadLine(String reason) {
            super(reason, null, false, false);
        }
    }
}
