package org.dyad.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dyad.store.EventFilter;

/**
 * The query parameters of a request, read with bounds: every value the API accepts is checked here, and a
 * value out of bounds is a 400 that names the parameter.
 */
final class RequestParams {
    /** Actor codes and countries: letters and digits, as the store writes them. */
    private static final Pattern ACTOR = Pattern.compile("[A-Za-z0-9]{2,24}");
    private static final LocalDate FIRST_DAY = LocalDate.of(1800, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(2200, 12, 31);
    static final int MAX_SEARCH = 200;

    private final Context ctx;

    RequestParams(Context ctx) {
        this.ctx = ctx;
    }

    /** A parameter's value, or {@code null} when absent or empty. */
    String text(String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_SEARCH) {
            throw ApiException.badRequest("'" + name + "' is longer than " + MAX_SEARCH + " characters");
        }
        return value.strip();
    }

    String actor(String name) {
        String value = text(name);
        if (value != null && !ACTOR.matcher(value).matches()) {
            throw ApiException.badRequest("'" + name + "' is not an actor code or country (2 to 24 letters or "
                    + "digits): '" + value + "'");
        }
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    String requiredActor(String name) {
        String value = actor(name);
        if (value == null) {
            throw ApiException.badRequest("'" + name + "' is required");
        }
        return value;
    }

    LocalDate date(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(value);
            if (day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY)) {
                throw ApiException.badRequest("'" + name + "' is outside " + FIRST_DAY + " to " + LAST_DAY);
            }
            return day;
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("'" + name + "' is not a date YYYY-MM-DD: '" + value + "'");
        }
    }

    long number(String name, long min, long max, long otherwise) {
        String value = text(name);
        if (value == null) {
            return otherwise;
        }
        try {
            long number = Long.parseLong(value);
            if (number < min || number > max) {
                throw ApiException.badRequest("'" + name + "' must be " + min + " to " + max + ": " + value);
            }
            return number;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("'" + name + "' is not a whole number: '" + value + "'");
        }
    }

    /** One of a few words, lower-cased. */
    String choice(String name, Set<String> allowed, String otherwise) {
        String value = text(name);
        if (value == null) {
            return otherwise;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (!allowed.contains(lower)) {
            throw ApiException.badRequest("'" + name + "' must be one of " + String.join(", ",
                    allowed.stream().sorted().toList()) + ": '" + value + "'");
        }
        return lower;
    }

    boolean flag(String name) {
        return "true".equals(choice(name, Set.of("true", "false"), "false"));
    }

    /** The shared filter parameters: from, to, actor, code, modality. */
    EventFilter filter() {
        String code = text("code");
        if (code != null && !code.matches("\\d{1,4}")) {
            throw ApiException.badRequest("'code' is not a CAMEO code prefix of 1 to 4 digits: '" + code + "'");
        }
        String modality = choice("modality", Set.of("asserted", "negated", "hypothetical", "future"), null);
        LocalDate from = date("from");
        LocalDate to = date("to");
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.badRequest("'from' " + from + " is after 'to' " + to);
        }
        return new EventFilter(from, to, actor("actor"), code, modality);
    }
}
