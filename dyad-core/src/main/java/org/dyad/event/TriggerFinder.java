package org.dyad.event;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
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
    private static final Set<String> COMPLEMENT_RELATIONS = Set.of("xcomp", "ccomp", "acl");
    /** Clauses a preposition can open: "called for Egyptians to join". */
    private static final Set<String> CLAUSE_RELATIONS = Set.of("advcl", "xcomp", "ccomp");
    /** Arguments a preposition introduces ("obl:from", "nmod:out_of"), not possessives or bare time nouns. */
    private static final Set<String> PREPOSITIONAL = Set.of("obl", "nmod");
    private static final Set<String> NOT_PREPOSITIONS = Set.of("poss", "tmod", "npmod", "agent");
    /** Nouns of growth that carry the event they measure: "an increase in aid". */
    private static final Set<String> GROWTH = Set.of("increase", "boost", "rise");

    private static final String CLAIM = "claim";
    /** Material conflict: the acts one claims responsibility for. */
    private static final int FIRST_FORCE = 14;

    private final TriggerLexicon lexicon;

    public TriggerFinder(TriggerLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** "Representative Louise Slaughter": a word of a person's name is no act, whatever it means as a noun. */
    private static boolean partOfPersonName(Token token) {
        return token.isProperNoun() && token.ner().equals("PERSON");
    }

    public List<Trigger> find(Sentence sentence) {
        List<Trigger> verbs = new ArrayList<>();
        List<Trigger> nouns = new ArrayList<>();
        for (Token token : sentence.tokens()) {
            Optional<Trigger> asVerb = token.isVerb() || MistaggedVerb.is(sentence, token.index())
                    ? match(sentence, token, WordClass.VERB) : Optional.empty();
            if (asVerb.isPresent()) {
                verbs.add(asVerb.get());
            } else if (token.isNoun() && !partOfPersonName(token)) {
                match(sentence, token, WordClass.NOUN).ifPresent(nouns::add);
            } else if (token.isAdjective()) {
                match(sentence, token, WordClass.ADJECTIVE).ifPresent(verbs::add);
            }
        }
        List<Trigger> triggers = new ArrayList<>();
        for (Trigger verb : verbs) {
            if (!lendsItselfToNoun(sentence, verb, nouns)) {
                triggers.add(verb);
            }
        }
        for (Trigger noun : nouns) {
            if (modifiesAnotherNoun(sentence, noun, nouns) || TopicNouns.isTopic(sentence, noun.token())) {
                continue;
            }
            boolean takenByVerb = verbs.stream().anyMatch(verb -> verb.partner() == noun.token()
                    && !claimsAct(verb, noun)
                    || kindOfPartner(sentence, verb, noun)
                    || governs(sentence, verb.token(), noun.token(), "obj") && sameCode(verb, noun));
            if (!takenByVerb) {
                triggers.add(noun);
            }
        }
        triggers.sort(java.util.Comparator.comparingInt(Trigger::token));
        return List.copyOf(triggers);
    }

    /** "claimed the bombing": a claim of responsibility reports the act claimed as well. */
    private static boolean claimsAct(Trigger verb, Trigger noun) {
        return verb.rule().lemma().equals(CLAIM) && Integer.parseInt(noun.rule().cameo().substring(0, 2)) >= FIRST_FORCE;
    }

    /** "war games", "ceasefire agreement": a noun modifying another event noun only names its kind. */
    private static boolean modifiesAnotherNoun(Sentence sentence, Trigger noun, List<Trigger> nouns) {
        return nouns.stream().anyMatch(other -> other != noun && (other.partner() == noun.token()
                || governs(sentence, other.token(), noun.token(), "compound")));
    }

    /**
     * "gave Iraq an ultimatum", "announced a ceasefire", "expressed support": a bare light or statement verb whose
     * object is an event noun only carries that noun's event.
     */
    private boolean lendsItselfToNoun(Sentence sentence, Trigger verb, List<Trigger> nouns) {
        boolean bare = verb.rule().requirement() instanceof Requirement.None;
        boolean carrier = lexicon.isLightVerb(sentence.token(verb.token()).lemma())
                || verb.rule().cameo().startsWith("01");
        return bare && carrier && nouns.stream().anyMatch(noun -> noun.lightVerb() == verb.token());
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
    private static final int MAX_OBJECT_DISTANCE = 4;
    private static final Set<String> OBJECT_PREMODIFIERS = Set.of("DT", "JJ", "JJR", "JJS", "PRP$", "CD", "VBN");

    /**
     * "rejected accusations his government had taken an illiberal turn": when the parser gave a verb no object, the
     * noun right after it (past determiners and adjectives) is the object it hung elsewhere.
     */
    private static int unattachedObject(Sentence sentence, int verb) {
        boolean hasObject = sentence.graph().children(verb).stream()
                .anyMatch(edge -> edge.baseRelation().equals("obj"));
        if (hasObject || !sentence.token(verb).isVerb()) {
            return -1;
        }
        for (int next = verb + 1; next < sentence.size() && next <= verb + MAX_OBJECT_DISTANCE; next++) {
            String pos = sentence.token(next).pos();
            if (pos.startsWith("NN")) {
                return next;
            }
            if (!OBJECT_PREMODIFIERS.contains(pos)) {
                return -1;
            }
        }
        return -1;
    }

    /** The token that meets the requirement, -1 when there is none to meet, or NOT_MET. */
    private static int partner(Sentence sentence, int token, Requirement requirement) {
        if (requirement instanceof Requirement.All all) {
            int first = NOT_MET;
            for (Requirement part : all.parts()) {
                int found = partner(sentence, token, part);
                if (found == NOT_MET) {
                    return NOT_MET;
                }
                first = first == NOT_MET ? found : first;
            }
            return first;
        }
        if (requirement instanceof Requirement.Object object) {
            int found = firstChild(sentence, token, edge -> edge.baseRelation().equals("obj")
                    || edge.relation().equals("nsubj:pass"), object::accepts);
            if (found != NOT_MET) {
                return found;
            }
            // "ended mediation efforts", "lifted travel curbs", "fired tear gas": the object's compound or
            // adjective says what it is; "lifted the state of emergency", "withdrew some of its troops": so does
            // what the object is a part of.
            for (Dependency edge : sentence.graph().children(token)) {
                if (edge.baseRelation().equals("obj") || edge.relation().equals("nsubj:pass")) {
                    int inner = firstChild(sentence, edge.dependent(),
                            child -> MODIFIER_RELATIONS.contains(child.relation())
                                    || child.relation().equals("nmod:of"), object::accepts);
                    if (inner != NOT_MET) {
                        return inner;
                    }
                }
            }
            // "the missiles fired by the army", "sanctions imposed on Iran": a participle's noun is its object.
            int patient = Participle.patient(sentence, token);
            if (patient >= 0 && object.accepts(lemma(sentence, patient))) {
                return patient;
            }
            int unattached = unattachedObject(sentence, token);
            return unattached >= 0 && object.accepts(lemma(sentence, unattached)) ? unattached : NOT_MET;
        }
        if (requirement instanceof Requirement.Subject subject) {
            // "the port was hit by Russian missiles": a passive's agent is its subject.
            return firstChild(sentence, token, edge -> edge.relation().equals("nsubj")
                    || edge.relation().equals("obl:agent") || edge.relation().equals("obl:by")
                    && sentence.graph().children(token).stream().anyMatch(c -> c.relation().equals("aux:pass")),
                    subject.lemmas()::contains);
        }
        if (requirement instanceof Requirement.Modifier modifier) {
            return firstChild(sentence, token, edge -> MODIFIER_RELATIONS.contains(edge.baseRelation()),
                    modifier.lemmas()::contains);
        }
        if (requirement instanceof Requirement.Complement complement) {
            return sentence.graph().children(token).stream()
                    .filter(edge -> COMPLEMENT_RELATIONS.contains(edge.baseRelation()))
                    .map(Dependency::dependent)
                    .filter(child -> complement.accepts(lemma(sentence, child)))
                    .findFirst().orElse(NOT_MET);
        }
        if (requirement instanceof Requirement.Clause clause) {
            return sentence.graph().children(token).stream()
                    .filter(edge -> edge.baseRelation().equals("ccomp"))
                    .map(Dependency::dependent)
                    .filter(verb -> clause.marks().contains(Requirement.ANY) || sentence.graph().children(verb, "mark").stream()
                            .anyMatch(mark -> clause.accepts(lemma(sentence, mark))))
                    .findFirst().orElse(NOT_MET);
        }
        if (requirement instanceof Requirement.PrepositionObject prepositionObject) {
            return firstChild(sentence, token, edge -> PREPOSITIONAL.contains(edge.baseRelation())
                            && !edge.specifier().isEmpty() && !NOT_PREPOSITIONS.contains(edge.specifier()),
                    prepositionObject.lemmas()::contains);
        }
        if (requirement instanceof Requirement.Preposition preposition) {
            // "called on Monday", "the strike on Tuesday": a date is no argument the rule asks for.
            return sentence.graph().children(token).stream()
                    .filter(edge -> preposition.prepositions().contains(edge.specifier()))
                    .map(Dependency::dependent)
                    .filter(child -> !isCalendarDay(sentence, child))
                    .findFirst().orElseGet(() -> clauseSubject(sentence, token, preposition.prepositions()));
        }
        return -1;
    }

    /**
     * "called for Egyptians to join the march", "pushed for Congress to update the law": a preposition may open a
     * clause instead of a noun; its subject is whom the word is about.
     */
    private static int clauseSubject(Sentence sentence, int token, Set<String> prepositions) {
        for (Dependency edge : sentence.graph().children(token)) {
            int clause = edge.dependent();
            boolean opened = CLAUSE_RELATIONS.contains(edge.baseRelation())
                    && sentence.graph().children(clause, "mark").stream()
                    .anyMatch(mark -> mark < clause && prepositions.contains(lemma(sentence, mark)));
            if (opened) {
                return sentence.graph().children(clause).stream()
                        .filter(child -> child.baseRelation().equals("nsubj"))
                        .map(Dependency::dependent).filter(subject -> subject < clause)
                        .findFirst().orElse(NOT_MET);
            }
        }
        return NOT_MET;
    }

    /** "Monday", "Thursday night", "5 May", "May 5": a day named by the calendar. */
    private static boolean isCalendarDay(Sentence sentence, int token) {
        if (isCalendarWord(sentence.token(token).word())) {
            return true;
        }
        return sentence.graph().children(token).stream()
                .filter(edge -> edge.relation().equals("compound") || edge.relation().equals("nummod"))
                .anyMatch(edge -> isCalendarWord(sentence.token(edge.dependent()).word()));
    }

    private static boolean isCalendarWord(String word) {
        String upper = word.toUpperCase(Locale.ROOT);
        return Arrays.stream(DayOfWeek.values()).anyMatch(day -> day.name().equals(upper))
                || Arrays.stream(Month.values()).anyMatch(month -> month.name().equals(upper));
    }

    private static int firstChild(Sentence sentence, int token, java.util.function.Predicate<Dependency> relation,
                                  java.util.function.Predicate<String> lemmas) {
        return sentence.graph().children(token).stream()
                .filter(relation)
                .map(Dependency::dependent)
                // the lemmatizer errs on rare words ("teargas" as a plural): the word as written counts too
                .filter(child -> lemmas.test(lemma(sentence, child))
                        || lemmas.test(sentence.token(child).word().toLowerCase(Locale.ROOT)))
                .findFirst().orElse(NOT_MET);
    }

    /**
     * The verb that lends the noun its subject: "held talks", "went on strike", "arrived for talks"; also through
     * the noun the trigger modifies or quantifies ("launched a mediation effort", "began a round of exercises").
     */
    private int lightVerbOf(Sentence sentence, int noun) {
        int direct = directLightVerb(sentence, noun);
        if (direct >= 0) {
            return direct;
        }
        for (Dependency edge : sentence.graph().parents(noun)) {
            if (edge.governor() < 0) {
                continue;
            }
            Token governor = sentence.token(edge.governor());
            boolean carrier = edge.relation().equals("compound") || edge.relation().equals("nmod:of");
            // "announced $33 million in assistance", "announced an increase in aid": an amount carries what it is
            // paid in, a growth what grows.
            boolean amount = edge.relation().equals("nmod:in") && (governor.pos().equals("$")
                    || GROWTH.contains(governor.lemma().toLowerCase(Locale.ROOT))
                    || sentence.graph().children(edge.governor()).stream().anyMatch(c -> c.relation().equals("nummod")));
            // "announced a suspension of aid": an event noun carries its own event, not the one it governs.
            if ((carrier && governor.isNoun() || amount)
                    && lexicon.rules(governor.lemma(), WordClass.NOUN).isEmpty()) {
                return directLightVerb(sentence, edge.governor());
            }
        }
        return -1;
    }

    private int directLightVerb(Sentence sentence, int noun) {
        for (Dependency edge : sentence.graph().parents(noun)) {
            if (edge.governor() < 0) {
                continue;
            }
            String lemma = sentence.token(edge.governor()).lemma();
            boolean light = edge.baseRelation().equals("obj") && lexicon.isLightVerb(lemma)
                    || edge.baseRelation().equals("obl") && lexicon.isLightVerb(lemma, edge.specifier());
            if (light) {
                return edge.governor();
            }
        }
        return -1;
    }

    /** "declared a state of siege": the noun only says what the verb's object is, so it is no act of its own. */
    private static boolean kindOfPartner(Sentence sentence, Trigger verb, Trigger noun) {
        return verb.partner() >= 0 && sentence.graph().children(verb.partner()).stream()
                .anyMatch(edge -> edge.dependent() == noun.token() && edge.relation().equals("nmod:of"));
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
