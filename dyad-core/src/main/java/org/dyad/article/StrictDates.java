package org.dyad.article;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** Publication dates as Dyad's inputs write them: YYYY-MM-DD, and only days that exist. */
final class StrictDates {
    private static final DateTimeFormatter ISO_DAY =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private StrictDates() {
    }

    /** The day the text names, or empty when it is not a real YYYY-MM-DD day ("2024-02-30", "yesterday"). */
    static Optional<LocalDate> parse(String text) {
        try {
            return Optional.of(LocalDate.parse(text, ISO_DAY));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The reason given when {@link #parse} fails, quoting the input so the user can find it. */
    static String impossible(String text) {
        return "impossible date '" + Abbreviation.of(text) + "'";
    }
}
