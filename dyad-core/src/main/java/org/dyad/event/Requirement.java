package org.dyad.event;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** A condition a trigger word must meet in its sentence before it reports an event. */
public sealed interface Requirement {
    /** The word of an object, complement or clause condition that accepts any word: "obj:*". */
    String ANY = "*";

    /** How the requirement shows in a rule's name: "", "+obj", "+subj", "+mod", "+prep" or "+comp". */
    String suffix();

    /** Whether a word is among those a condition lists, or the condition lists {@value #ANY}. */
    private static boolean listed(Set<String> words, String word) {
        return words.contains(ANY) || words.contains(word);
    }

    /** No condition: the word alone is enough. */
    record None() implements Requirement {
        @Override
        public String suffix() {
            return "";
        }

    }

    /** The verb's object has one of these lemmas: "impose" + "tariff"; any object for {@value #ANY}. */
    record Object(Set<String> lemmas) implements Requirement {
        @Override
        public String suffix() {
            return "+obj";
        }

        public Object {
            lemmas = Set.copyOf(lemmas);
        }

        boolean accepts(String lemma) {
            return listed(lemmas, lemma);
        }
    }

    /** The verb's subject has one of these lemmas: "bomber" + "kill" is a bombing, not a plain killing. */
    record Subject(Set<String> lemmas) implements Requirement {
        @Override
        public String suffix() {
            return "+subj";
        }

        public Subject {
            lemmas = Set.copyOf(lemmas);
        }
    }

    /** The noun has a compound or adjective with one of these lemmas: "trade" + "war". */
    record Modifier(Set<String> lemmas) implements Requirement {
        @Override
        public String suffix() {
            return "+mod";
        }

        public Modifier {
            lemmas = Set.copyOf(lemmas);
        }
    }

    /** The word has an argument introduced by one of these prepositions: "call" + "on". */
    record Preposition(Set<String> prepositions) implements Requirement {
        @Override
        public String suffix() {
            return "+prep";
        }

        public Preposition {
            prepositions = Set.copyOf(prepositions);
        }
    }

    /**
     * The word has an argument introduced by a preposition whose noun has one of these lemmas: "withdrew from the
     * treaty", "pulled out of the agreement".
     */
    record PrepositionObject(Set<String> lemmas) implements Requirement {
        @Override
        public String suffix() {
            return "+pobj";
        }

        public PrepositionObject {
            lemmas = Set.copyOf(lemmas);
        }
    }

    /**
     * The word has a clausal complement headed by one of these lemmas, or by any word for {@value #ANY}:
     * "found the journalist guilty", "is considering sending aid".
     */
    record Complement(Set<String> lemmas) implements Requirement {
        @Override
        public String suffix() {
            return "+comp";
        }

        public Complement {
            lemmas = Set.copyOf(lemmas);
        }

        boolean accepts(String lemma) {
            return listed(lemmas, lemma);
        }
    }

    /**
     * The verb has a finite clause as complement, introduced by one of these words ("agreed with the Senate that
     * the law should change"); "clause:*" for any such clause.
     */
    record Clause(Set<String> marks) implements Requirement {
        @Override
        public String suffix() {
            return "+clause";
        }

        public Clause {
            marks = Set.copyOf(marks);
        }

        boolean accepts(String mark) {
            return listed(marks, mark);
        }
    }

    /**
     * Every one of several conditions: "return" with an object and a "to" ("returned the paintings to Peru"),
     * "call" with the particle "off" and a strike ("called off the strike"). The first part's word is the partner.
     */
    record All(List<Requirement> parts) implements Requirement {
        @Override
        public String suffix() {
            return parts.stream().map(Requirement::suffix).collect(Collectors.joining());
        }

        public All {
            parts = List.copyOf(parts);
            if (parts.size() < 2 || parts.stream().anyMatch(part -> part instanceof None || part instanceof All)) {
                throw new IllegalArgumentException("a combined requirement needs two or more simple conditions");
            }
        }
    }

    /**
     * Reads a requirement cell: empty, "obj:a|b", "subj:a|b", "mod:a|b", "prep:a|b", "pobj:a|b", "comp:a|b" or
     * "clause:a|b" ("obj:*", "comp:*" and "clause:*" for any), or several of these joined by '&amp;' when all must
     * hold.
     */
    static Requirement parse(String cell) {
        if (cell.isEmpty()) {
            return new None();
        }
        if (cell.contains("&")) {
            return new All(Arrays.stream(cell.split("&", -1)).map(String::strip).map(Requirement::parseOne).toList());
        }
        return parseOne(cell);
    }

    private static Requirement parseOne(String cell) {
        if (cell.isEmpty()) {
            throw new IllegalArgumentException("a combined requirement has an empty part");
        }
        int colon = cell.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("requirement '" + cell + "' must look like obj:word|word");
        }
        Set<String> words = Arrays.stream(cell.substring(colon + 1).split("\\|"))
                .map(word -> word.strip().toLowerCase(Locale.ROOT))
                .filter(word -> !word.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        if (words.isEmpty()) {
            throw new IllegalArgumentException("requirement '" + cell + "' names no words");
        }
        return switch (cell.substring(0, colon)) {
            case "obj" -> new Object(words);
            case "subj" -> new Subject(words);
            case "mod" -> new Modifier(words);
            case "prep" -> new Preposition(words);
            case "comp" -> new Complement(words);
            case "pobj" -> new PrepositionObject(words);
            case "clause" -> new Clause(words);
            default -> throw new IllegalArgumentException(
                    "requirement kind must be subj, obj, mod, prep, comp, pobj or clause: '" + cell + "'");
        };
    }
}
