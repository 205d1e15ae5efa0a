package org.dyad.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dyad.resource.TsvTable;

/**
 * The trigger words of every CAMEO family ({@code triggers.tsv}) and the light verbs that lend their subject
 * to an event noun ({@code lightverbs.tsv}). Immutable and thread-safe.
 */
public final class TriggerLexicon {
    private static final List<String> TRIGGER_COLUMNS = List.of("lemma", "pos", "cameo", "requires", "symmetric");

    private final Map<String, List<TriggerRule>> rules;
    private static final String OBJECT_LINK = "obj";

    /** Light verb lemma to the links through which it lends its subject: "obj", or a preposition ("on"). */
    private final Map<String, Set<String>> lightVerbs;

    TriggerLexicon(List<TriggerRule> rules, Map<String, Set<String>> lightVerbs) {
        Map<String, List<TriggerRule>> index = new HashMap<>();
        for (TriggerRule rule : rules) {
            index.computeIfAbsent(key(rule.lemma(), rule.wordClass()), k -> new ArrayList<>()).add(rule);
        }
        // Rules with a condition are more specific: try them before the bare word.
        index.replaceAll((key, list) -> list.stream()
                .sorted(Comparator.comparing(rule -> rule.requirement() instanceof Requirement.None))
                .toList());
        this.rules = Map.copyOf(index);
        this.lightVerbs = Map.copyOf(lightVerbs);
    }

    /** Loads the lexicon from the classpath; a bad row fails with its file and line. */
    public static TriggerLexicon load() {
        List<TriggerRule> rules = new ArrayList<>();
        for (TsvTable.Row row : TsvTable.load(TriggerLexicon.class, "triggers.tsv", TRIGGER_COLUMNS).rows()) {
            rules.add(parse(row));
        }
        Map<String, Set<String>> light = new HashMap<>();
        for (TsvTable.Row row : TsvTable.load(TriggerLexicon.class, "lightverbs.tsv", List.of("lemma", "via")).rows()) {
            String lemma = row.get(0).toLowerCase(Locale.ROOT);
            String via = row.get(1).toLowerCase(Locale.ROOT);
            if (lemma.isEmpty() || !via.matches("[a-z_]+")) {
                throw row.error("a light verb needs a lemma and a link (obj or a preposition): '" + lemma + "', '"
                        + via + "'");
            }
            light.merge(lemma, Set.of(via), (a, b) -> Stream.concat(a.stream(), b.stream())
                    .collect(Collectors.toUnmodifiableSet()));
        }
        return new TriggerLexicon(rules, light);
    }

    private static TriggerRule parse(TsvTable.Row row) {
        try {
            String lemma = row.get(0);
            if (lemma.isEmpty() || !lemma.equals(lemma.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("lemma must be lower-case and non-empty: '" + lemma + "'");
            }
            String cameo = row.get(2);
            if (!cameo.matches("\\d{3,4}")) {
                throw new IllegalArgumentException("cameo must be a 3- or 4-digit code: '" + cameo + "'");
            }
            boolean symmetric = switch (row.get(4)) {
                case "yes" -> true;
                case "no" -> false;
                default -> throw new IllegalArgumentException("symmetric must be yes or no: '" + row.get(4) + "'");
            };
            return new TriggerRule(lemma, WordClass.parse(row.get(1)), cameo, Requirement.parse(row.get(3)),
                    symmetric, row.line());
        } catch (IllegalArgumentException e) {
            throw row.error(e.getMessage());
        }
    }

    /** The rules for a lemma used as a verb or noun, conditional rules first. */
    public List<TriggerRule> rules(String lemma, WordClass wordClass) {
        return rules.getOrDefault(key(lemma.toLowerCase(Locale.ROOT), wordClass), List.of());
    }

    /** Every rule, for validation and documentation. */
    public List<TriggerRule> all() {
        return rules.values().stream().flatMap(List::stream)
                .sorted(Comparator.comparingInt(TriggerRule::line)).toList();
    }

    /** Whether the verb lends its subject to an event noun as its object: "held talks". */
    public boolean isLightVerb(String lemma) {
        return isLightVerb(lemma, OBJECT_LINK);
    }

    /** Whether the verb lends its subject to an event noun through {@code link}: "went on strike" ("on"). */
    public boolean isLightVerb(String lemma, String link) {
        return lightVerbs.getOrDefault(lemma.toLowerCase(Locale.ROOT), Set.of()).contains(link);
    }

    private static String key(String lemma, WordClass wordClass) {
        return wordClass + ":" + lemma;
    }
}
