package org.dyad.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;
import org.dyad.resource.TsvTable;

/**
 * Decides whether an event is asserted, negated, hypothetical or future from the cue words of
 * {@code modality.tsv}: modifiers of the trigger and of the verbs governing it ("has not wanted to put
 * pressure"), and governing words whose complement the event is ("unlikely to allow", "plans to visit").
 */
public final class ModalityDetector {
    private static final Set<String> MODIFIER_RELATIONS = Set.of("aux", "advmod", "mark", "det", "amod", "neg",
            "cc", "case");
    private static final Set<String> COMPLEMENT_LINKS = Set.of("xcomp", "ccomp", "acl", "csubj");
    private static final Set<String> MODAL_VERBS = Set.of("would", "could", "might", "may", "should", "must",
            "will", "shall");
    private static final int MAX_CLIMB = 3;

    private final Map<String, Modality> modifiers;
    private final Map<String, Modality> governors;

    ModalityDetector(Map<String, Modality> modifiers, Map<String, Modality> governors) {
        this.modifiers = Map.copyOf(modifiers);
        this.governors = Map.copyOf(governors);
    }

    public static ModalityDetector load() {
        Map<String, Modality> modifiers = new HashMap<>();
        Map<String, Modality> governors = new HashMap<>();
        for (TsvTable.Row row : TsvTable.load(ModalityDetector.class, "modality.tsv",
                List.of("cue", "modality", "where")).rows()) {
            try {
                Modality modality = Modality.parse(row.get(1));
                Map<String, Modality> target = switch (row.get(2)) {
                    case "modifier" -> modifiers;
                    case "governor" -> governors;
                    default -> throw new IllegalArgumentException("where must be modifier or governor");
                };
                if (target.put(row.get(0).toLowerCase(Locale.ROOT), modality) != null) {
                    throw new IllegalArgumentException("duplicate cue '" + row.get(0) + "'");
                }
            } catch (IllegalArgumentException e) {
                throw row.error(e.getMessage());
            }
        }
        return new ModalityDetector(modifiers, governors);
    }

    /** The modality of the event reported by {@code trigger}; the strongest cue wins. */
    public ModalityCue detect(Sentence sentence, Trigger trigger) {
        List<Integer> scope = new ArrayList<>();
        scope.add(trigger.token());
        if (trigger.hasLightVerb()) {
            scope.add(trigger.lightVerb());
        }
        ModalityCue best = ModalityCue.asserted();
        for (int i = 0; i < scope.size() && i < 2 + MAX_CLIMB; i++) {
            int node = scope.get(i);
            for (Dependency edge : sentence.graph().children(node)) {
                if (MODIFIER_RELATIONS.contains(edge.baseRelation())) {
                    best = stronger(best, cue(sentence, edge.dependent(), modifiers));
                }
            }
            for (Dependency up : sentence.graph().parents(node)) {
                if (up.governor() >= 0 && COMPLEMENT_LINKS.contains(up.baseRelation())) {
                    best = stronger(best, cue(sentence, up.governor(), governors));
                    if (!scope.contains(up.governor())) {
                        scope.add(up.governor());
                    }
                }
            }
        }
        return stronger(best, judgedAct(sentence, trigger));
    }

    /**
     * "A war between China and the United States would be a catastrophe": an act named as the subject of a
     * judgement in the conditional has not happened.
     */
    private ModalityCue judgedAct(Sentence sentence, Trigger trigger) {
        ModalityCue best = ModalityCue.asserted();
        if (trigger.rule().wordClass() != WordClass.NOUN) {
            return best;
        }
        for (Dependency up : sentence.graph().parents(trigger.token())) {
            int judgement = up.governor();
            if (judgement < 0 || !up.baseRelation().equals("nsubj")
                    || sentence.graph().children(judgement, "cop").isEmpty()) {
                continue;
            }
            for (int aux : sentence.graph().children(judgement, "aux")) {
                ModalityCue cue = cue(sentence, aux, modifiers);
                if (cue.modality() == Modality.HYPOTHETICAL) {
                    best = stronger(best, cue);
                }
            }
        }
        return best;
    }

    private static ModalityCue cue(Sentence sentence, int token, Map<String, Modality> cues) {
        Token word = sentence.token(token);
        String lower = word.word().toLowerCase(Locale.ROOT);
        String lemma = word.lemma().toLowerCase(Locale.ROOT);
        Modality modality = cues.getOrDefault(lower, cues.get(lemma));
        if (modality == null) {
            return ModalityCue.asserted();
        }
        // "May" the month and "will" the noun are not modal verbs.
        if (MODAL_VERBS.contains(lower) && !word.pos().equals("MD")) {
            return ModalityCue.asserted();
        }
        return new ModalityCue(modality, word.word(), token);
    }

    private static ModalityCue stronger(ModalityCue a, ModalityCue b) {
        return b.modality().ordinal() < a.modality().ordinal() ? b : a;
    }
}
