package org.dyad.event;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;
import org.dyad.ontology.CameoOntology;
import org.dyad.resource.TsvTable;

/**
 * Narrows an event's CAMEO code to the more specific code its words state ({@code refinements.tsv}): "imposed a
 * curfew" is 1723 rather than 172, "accused Moscow of war crimes" 1124 rather than 112, "demanded the resignation
 * of the minister" 1041 rather than 100. The words read are those the text attaches to the trigger: the trigger
 * itself, its object, prepositional phrases and complement clause, and their modifiers and compounds, a few links
 * deep; for an event noun that is a verb's object ("declared a ceasefire"), that verb's other arguments too. A
 * subject is never read: "a suicide bomber killed" says nothing about the killing's kind. The root never changes,
 * so counts by root or class stay as they were. Immutable and thread-safe.
 */
final class CodeNarrowing {
    private static final String RESOURCE = "refinements.tsv";
    private static final List<String> COLUMNS = List.of("parent", "child", "cues", "with");
    /** Links from a word to what qualifies it: arguments, clauses, modifiers; never a subject or a coordinate. */
    private static final Set<String> LINKS = Set.of("obj", "iobj", "obl", "nmod", "compound", "amod", "advmod",
            "xcomp", "ccomp", "advcl", "acl");
    /** Coordinated words are read below the trigger ("of corruption and war crimes"), never at it. */
    private static final String COORDINATE = "conj";
    /** The passive subject is the object: "a curfew was imposed". */
    private static final String PASSIVE_SUBJECT = "nsubj:pass";
    /** Links by which an event noun hangs from the verb that reports it ("declared a ceasefire", "went on strike"). */
    private static final Set<String> CARRIER_LINKS = Set.of("obj", "obl");
    private static final int DEPTH = 3;

    /** One row: the code chosen, the narrower code, and the words that state it. */
    record Rule(String parent, String child, Set<String> cues, Set<String> with, int line) {
        Rule {
            cues = Set.copyOf(cues);
            with = Set.copyOf(with);
        }

        /** The cue that matched among the attached words, if the row applies. */
        Optional<String> match(Set<String> attached) {
            if (!with.isEmpty() && with.stream().noneMatch(attached::contains)) {
                return Optional.empty();
            }
            return cues.stream().filter(attached::contains).sorted().findFirst();
        }
    }

    private final Map<String, List<Rule>> byParent;
    private final CameoOntology ontology;

    CodeNarrowing(List<Rule> rules, CameoOntology ontology) {
        Map<String, List<Rule>> index = new HashMap<>();
        rules.forEach(rule -> index.computeIfAbsent(rule.parent(), parent -> new ArrayList<>()).add(rule));
        index.replaceAll((parent, list) -> List.copyOf(list));
        this.byParent = Map.copyOf(index);
        this.ontology = ontology;
    }

    /** Loads the rows of {@code refinements.tsv}; a row naming no code of the ontology fails with its line. */
    static CodeNarrowing load(CameoOntology ontology) {
        return new CodeNarrowing(rules(), ontology);
    }

    /** The rows of {@code refinements.tsv} in file order, each checked for its form. */
    static List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        for (TsvTable.Row row : TsvTable.load(CodeNarrowing.class, RESOURCE, COLUMNS).rows()) {
            String parent = row.get(0);
            String child = row.get(1);
            if (!parent.matches("\\d{3}") || !child.matches("\\d{3,4}")) {
                throw row.error("parent must be a three-digit code and child a code: '" + parent + "', '" + child
                        + "'");
            }
            Set<String> cues = words(row, row.get(2));
            if (cues.isEmpty()) {
                throw row.error("a row needs at least one cue");
            }
            rules.add(new Rule(parent, child, cues, words(row, row.get(3)), row.line()));
        }
        return List.copyOf(rules);
    }

    private static Set<String> words(TsvTable.Row row, String cell) {
        if (cell.isEmpty()) {
            return Set.of();
        }
        Set<String> words = Arrays.stream(cell.split("\\|")).map(String::strip).collect(Collectors.toSet());
        for (String word : words) {
            if (!word.matches("[a-z][a-z-]*")) {
                throw row.error("'" + word + "' is not a lower-case lemma");
            }
        }
        return words;
    }

    /** The sentence's events, each with the narrowest code its trigger's words state. */
    List<Event> narrow(Sentence sentence, List<Event> events) {
        return events.stream().map(event -> narrow(sentence, event)).toList();
    }

    private Event narrow(Sentence sentence, Event event) {
        List<Rule> rules = byParent.getOrDefault(event.cameo().code(), List.of());
        Optional<Token> trigger = sentence.tokenAt(event.triggerBegin());
        if (rules.isEmpty() || trigger.isEmpty()) {
            return event;
        }
        Set<String> attached = attached(sentence, trigger.get().index());
        for (Rule rule : rules) {
            Optional<String> cue = rule.match(attached);
            if (cue.isPresent() && rule.child().equals(rule.parent())) {
                // "called for sanctions over human rights abuses": an appeal for sanctions, not for rights.
                return event;
            }
            if (cue.isPresent()) {
                return event.reread(event.target(), ontology.get(rule.child()), event.modality(),
                        event.modalityCue(), cue.get());
            }
        }
        return event;
    }

    /** The lower-case lemmas of the trigger and of the words the text attaches to it. */
    static Set<String> attached(Sentence sentence, int trigger) {
        Set<Integer> seen = new HashSet<>();
        Deque<int[]> queue = new ArrayDeque<>();
        queue.add(new int[] {trigger, 0});
        seen.add(trigger);
        if (sentence.token(trigger).isNoun()) {
            // "declared a ceasefire", "went on hunger strike against the law": the carrying verb's other words.
            sentence.graph().parents(trigger).stream()
                    .filter(up -> up.governor() >= 0 && CARRIER_LINKS.contains(up.baseRelation()))
                    .map(Dependency::governor).findFirst()
                    .ifPresent(verb -> {
                        seen.add(verb);
                        queue.add(new int[] {verb, 0});
                    });
        }
        while (!queue.isEmpty()) {
            int[] next = queue.poll();
            if (next[1] == DEPTH) {
                continue;
            }
            for (Dependency edge : sentence.graph().children(next[0])) {
                boolean follow = LINKS.contains(edge.baseRelation()) || edge.relation().equals(PASSIVE_SUBJECT)
                        || next[1] > 0 && edge.baseRelation().equals(COORDINATE);
                if (follow && seen.add(edge.dependent())) {
                    queue.add(new int[] {edge.dependent(), next[1] + 1});
                }
            }
        }
        Set<String> lemmas = new HashSet<>();
        for (int index : seen) {
            Token token = sentence.token(index);
            // "rallied on Independence Day": a name's words are no cue; an acronym ("IED") is.
            if (!token.isProperNoun() || token.word().equals(token.word().toUpperCase(Locale.ROOT))) {
                lemmas.add(token.lemma().toLowerCase(Locale.ROOT));
            }
        }
        return Set.copyOf(lemmas);
    }
}
