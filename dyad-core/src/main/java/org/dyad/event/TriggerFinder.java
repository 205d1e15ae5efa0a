package org.dyad.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * Finds the trigger words of a sentence: verbs and event nouns of the lexicon whose requirement the sentence
 * meets. An event noun that is the object of a verb which already fired ("imposed sanctions") is left to the
 * verb, so one act is not counted twice.
 */
public final class TriggerFinder {
    private static final Set<String> MODIFIER_RELATIONS = Set.of("compound", "amod");

    private final TriggerLexicon lexicon;

    public TriggerFinder(TriggerLexicon lexicon) {
        this.lexicon = lexicon;
    }

    public List<Trigger> find(Sentence sentence) {
        List<Trigger> verbs = new ArrayList<>();
        List<Trigger> nouns = new ArrayList<>();
        for (Token token : sentence.tokens()) {
            if (token.isVerb()) {
                match(sentence, token, WordClass.VERB).ifPresent(verbs::add);
            } else if (token.isNoun()) {
                match(sentence, token, WordClass.NOUN).ifPresent(nouns::add);
            }
        }
        List<Trigger> triggers = new ArrayList<>(verbs);
        for (Trigger noun : nouns) {
            boolean takenByVerb = verbs.stream().anyMatch(verb -> verb.partner() == noun.token()
                    || governs(sentence, verb.token(), noun.token(), "obj") && sameCode(verb, noun));
            if (!takenByVerb) {
                triggers.add(noun);
            }
        }
        triggers.sort(java.util.Comparator.comparingInt(Trigger::token));
        return List.copyOf(triggers);
    }

    private Optional<Trigger> match(Sentence sentence, Token token, WordClass wordClass) {
        for (TriggerRule rule : lexicon.rules(token.lemma(), wordClass)) {
            int partner = partner(sentence, token.index(), rule.requirement());
            if (partner != NOT_MET) {
                int light = wordClass == WordClass.NOUN ? lightVerbOf(sentence, token.index()) : -1;
                return Optional.of(new Trigger(token.index(), rule, light, partner));
            }
        }
        return Optional.empty();
    }

    private static final int NOT_MET = -2;

    /** The token that meets the requirement, -1 when there is none to meet, or NOT_MET. */
    private static int partner(Sentence sentence, int token, Requirement requirement) {
        if (requirement instanceof Requirement.Object object) {
            return firstChild(sentence, token, edge -> edge.baseRelation().equals("obj")
                    || edge.relation().equals("nsubj:pass"), object.lemmas());
        }
        if (requirement instanceof Requirement.Modifier modifier) {
            return firstChild(sentence, token, edge -> MODIFIER_RELATIONS.contains(edge.baseRelation()),
                    modifier.lemmas());
        }
        if (requirement instanceof Requirement.Preposition preposition) {
            return sentence.graph().children(token).stream()
                    .filter(edge -> preposition.prepositions().contains(edge.specifier()))
                    .map(Dependency::dependent)
                    .findFirst().orElse(NOT_MET);
        }
        return -1;
    }

    private static int firstChild(Sentence sentence, int token, java.util.function.Predicate<Dependency> relation,
                                  Set<String> lemmas) {
        return sentence.graph().children(token).stream()
                .filter(relation)
                .map(Dependency::dependent)
                .filter(child -> lemmas.contains(lemma(sentence, child)))
                .findFirst().orElse(NOT_MET);
    }

    private int lightVerbOf(Sentence sentence, int noun) {
        return sentence.graph().parents(noun).stream()
                .filter(edge -> edge.governor() >= 0 && edge.baseRelation().equals("obj"))
                .map(Dependency::governor)
                .filter(verb -> lexicon.isLightVerb(sentence.token(verb).lemma()))
                .findFirst().orElse(-1);
    }

    /** "imposed sanctions" is one act; "discussed a visit" is two. */
    private static boolean sameCode(Trigger a, Trigger b) {
        return a.rule().cameo().equals(b.rule().cameo());
    }

    private static boolean governs(Sentence sentence, int governor, int dependent, String relation) {
        return sentence.graph().children(governor).stream()
                .anyMatch(edge -> edge.dependent() == dependent && edge.baseRelation().equals(relation));
    }

    private static String lemma(Sentence sentence, int token) {
        return sentence.token(token).lemma().toLowerCase(Locale.ROOT);
    }
}
