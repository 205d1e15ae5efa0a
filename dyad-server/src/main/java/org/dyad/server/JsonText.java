package org.dyad.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** Writes a response body with Jackson's streaming generator: field by field, no reflection. */
final class JsonText {
    @FunctionalInterface
    interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    private final JsonFactory factory = new JsonFactory();

    String of(Body body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = factory.createGenerator(out)) {
            body.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON to a string", e);
        }
        return out.toString();
    }

    /** {@code {"error": reason}}. */
    String error(String reason) {
        return of(json -> {
            json.writeStartObject();
            json.writeStringField("error", reason);
            json.writeEndObject();
        });
    }

    static void nullableNumber(JsonGenerator json, String field, Number value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
        } else if (value instanceof Double d) {
            json.writeNumberField(field, d);
        } else {
            json.writeNumberField(field, value.longValue());
        }
    }

    static void nullableDate(JsonGenerator json, String field, Object value) throws IOException {
        json.writeStringField(field, value == null ? null : value.toString());
    }
}
