package org.dyad.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The vocabulary of the date grammar: month and weekday names, number words, units and the like. */
final class DateWords {
    static final String RESOURCE = "date-words.tsv";
    private static final List<String> HEADER = List.of("word", "kind", "value", "usage");

    /** What part a word plays in a date expression. */
    enum Kind {
        MONTH, WEEKDAY, NUMBER, UNIT, DAY, PART, PART_OF, SHIFT, VAGUE, FUTURE;

        static Kind parse(String label) {
            return valueOf(label.replace('-', '_').toUpperCase(Locale.ROOT));
        }
    }

    /** When a word counts as a date word at all. */
    enum Usage {
        /** Always, in any case. */
        ANY,
        /** Only with a capital initial: "March" the month, "march" the verb. */
        CAPITALISED,
        /** Capitalised and next to a cue: "in May", "May 5", "May 2024", never "May we ...". */
        CUED,
        /** Capitalised and followed by a full stop or a number: "Jan. 5", "Sept 2023", never "Jan Smith". */
        ABBREVIATION,
        /** A unit in the singular ("a day later"). */
        SINGULAR,
        /** A unit in the plural ("three days later", "days later"). */
        PLURAL;

        static Usage parse(String label) {
            return valueOf(label.toUpperCase(Locale.ROOT));
        }
    }

    /** One row of the vocabulary; the value is checked against what the kind needs. */
    record Word(String word, Kind kind, String value, Usage usage) {
        Word {
            Objects.requireNonNull(word, "word");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(usage, "usage");
            if (word.isBlank() || !word.equals(word.strip().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("word '" + word + "' must be lower case without spaces around");
            }
            checkValue(kind, value);
            checkUsage(kind, usage);
        }

        int number() {
            return Integer.parseInt(value);
        }

        CalendarUnit unit() {
            return CalendarUnit.valueOf(value);
        }

        Section section() {
            return Section.valueOf(value);
        }

        private static void checkValue(Kind kind, String value) {
            switch (kind) {
                case MONTH -> checkRange(value, 1, 12);
                case WEEKDAY -> checkRange(value, 1, 7);
                case NUMBER -> checkRange(value, 1, 99);
                case DAY -> checkRange(value, -2, 2);
                case SHIFT -> checkRange(value, -1, 1);
                case VAGUE, FUTURE -> checkRange(value, 0, 0);
                case UNIT -> CalendarUnit.valueOf(value);
                case PART, PART_OF -> Section.valueOf(value);
            }
        }

        private static void checkRange(String value, int low, int high) {
            int number = Integer.parseInt(value);
            if (number < low || number > high) {
                throw new IllegalArgumentException("value " + number + " outside " + low + ".." + high);
            }
        }

        private static void checkUsage(Kind kind, Usage usage) {
            boolean fits = switch (usage) {
                case ANY -> kind != Kind.UNIT;
                case CAPITALISED, CUED, ABBREVIATION -> kind == Kind.MONTH || kind == Kind.WEEKDAY;
                case SINGULAR, PLURAL -> kind == Kind.UNIT;
            };
            if (!fits) {
                throw new IllegalArgumentException("usage " + usage + " does not fit kind " + kind);
            }
        }
    }

    private final Map<Kind, Map<String, Word>> byKind;

    private DateWords(Map<Kind, Map<String, Word>> byKind) {
        this.byKind = Map.copyOf(byKind);
    }

    /** The vocabulary shipped with Dyad. */
    static DateWords load() {
        InputStream in = DateWords.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("resource org/dyad/time/" + RESOURCE + " is missing");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parse(reader, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * Reads a vocabulary table; a bad row fails with its source and line number.
     *
     * @throws IllegalStateException on a malformed header or row, or a word listed twice for one kind
     */
    static DateWords parse(Reader reader, String source) throws IOException {
        Map<Kind, Map<String, Word>> byKind = new EnumMap<>(Kind.class);
        BufferedReader lines = new BufferedReader(reader);
        boolean headerSeen = false;
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> cells = List.of(line.split("\t", -1));
            if (!headerSeen) {
                if (!cells.equals(HEADER)) {
                    throw new IllegalStateException(source + " line " + number + ": header must be " + HEADER);
                }
                headerSeen = true;
                continue;
            }
            Word word = row(cells, source, number);
            Word earlier = byKind.computeIfAbsent(word.kind(), k -> new HashMap<>()).putIfAbsent(word.word(), word);
            if (earlier != null) {
                throw new IllegalStateException(source + " line " + number + ": '" + word.word() + "' listed twice as "
                        + word.kind());
            }
        }
        if (!headerSeen) {
            throw new IllegalStateException(source + ": no header line");
        }
        byKind.replaceAll((kind, words) -> Map.copyOf(words));
        return new DateWords(byKind);
    }

    private static Word row(List<String> cells, String source, int number) {
        if (cells.size() != HEADER.size()) {
            throw new IllegalStateException(source + " line " + number + ": expected " + HEADER.size()
                    + " tab-separated cells, found " + cells.size());
        }
        try {
            return new Word(cells.get(0), Kind.parse(cells.get(1)), cells.get(2), Usage.parse(cells.get(3)));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + " line " + number + ": " + e.getMessage(), e);
        }
    }

    /** The entry for a lower-case word of the given kind. */
    Optional<Word> find(Kind kind, String lower) {
        return Optional.ofNullable(byKind.getOrDefault(kind, Map.of()).get(lower));
    }

    boolean is(Kind kind, String lower) {
        return byKind.getOrDefault(kind, Map.of()).containsKey(lower);
    }

    /** Every entry of a kind, for validation. */
    List<Word> all(Kind kind) {
        return List.copyOf(byKind.getOrDefault(kind, Map.of()).values());
    }
}
