package org.dyad.event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;

/**
 * Reads a trigger's participants off the dependency graph. Verbs: subject and object, passives ("was attacked
 * by"), prepositional targets ("with", "on", "against"), co-agents ("alongside Russia"), and a subject
 * borrowed from a governing clause. Nouns: possessives and nationality adjectives ("Russia's aggression",
 * "the Israeli attack"), "by", "of", "on", "against", "between X and Y", and the subject of a light verb
 * ("unleashed a trade war").
 */
public final class ArgumentReader {
    static final Set<String> TARGET_PREPOSITIONS = Set.of("with", "on", "against", "to", "toward",
            "towards", "upon", "at", "into", "for", "from", "outside");
    /** "held drills close to the line of control with China": a place near a side, when no one else is named. */
    private static final Set<String> NEARBY_PREPOSITIONS = Set.of("near", "close_to", "along", "around");
    /** Force postures: "mobilised troops", "deployed warships": what is moved is the actor's own, never the target. */
    private static final String FORCE_POSTURE_ROOT = "15";
    /** Violence aimed with a preposition: "fired missiles at a depot" aims at the depot, the missiles are the means. */
    private static final Set<String> AIMING_PREPOSITIONS = Set.of("at", "against");
    private static final int FIRST_VIOLENT_ROOT = 17;
    /** Assaults, fights and mass violence: acts that kill or destroy. */
    private static final int FIRST_HARMING_ROOT = 18;
    /** "fired on civilians", "opened fire on protesters": with violence, "on" aims too. */
    private static final Set<String> VIOLENT_AIMING = Set.of("on", "upon", "into");
    /** Appeals and demands whose target is the subject of the clause demanded: "demanded that Israel end". */
    private static final Set<String> ADDRESSED_ROOTS = Set.of("02", "10");
    /** Transfers and deployments: "sent troops to Russia" sends to Russia, the troops are what is sent. */
    private static final Set<String> TRANSFER_ROOTS = Set.of("06", "07", "08", "15");
    private static final Set<String> RECIPIENT_PREPOSITIONS = Set.of("to", "into");
    private static final Set<String> CO_AGENT_PREPOSITIONS = Set.of("alongside", "along_with", "together_with");
    private static final Set<String> CLAUSE_LINKS = Set.of("xcomp", "advcl", "conj", "dep", "acl");
    private static final Set<String> NOUN_SOURCE_RELATIONS = Set.of("nmod:poss", "amod", "compound");
    private static final Set<String> ENUMERATING_VERBS = Set.of("include", "be", "involve");
    private static final Set<String> STAND_INS = Set.of("those", "that", "one", "ones");
    private static final int MAX_CLIMB = 3;
    /** Mediation whose parties are those of the clause around the deal: "signed a truce brokered by Qatar". */
    private static final String MEDIATE = "045";
    /** "criticised Germany for buying Russian gas", "praised Kenya for its help": "for" gives the reason. */
    private static final Set<String> JUDGING_ROOTS = Set.of("05", "11");

    private final SymmetricTopics topics = new SymmetricTopics();

    /** The participants of one trigger. */
    public Arguments read(Sentence sentence, Trigger trigger) {
        return read(sentence, trigger, Set.of());
    }

    /**
     * The participants of one trigger, where {@code when} are the tokens of the sentence's date expressions: "on
     * Tuesday" says when, never whom or where.
     */
    public Arguments read(Sentence sentence, Trigger trigger, Set<Integer> when) {
        Arguments read = trigger.rule().wordClass().predicative()
                ? Receipt.turn(sentence, trigger, verb(sentence, trigger, when)) : noun(sentence, trigger, when);
        return topics.strip(sentence, trigger, read);
    }

    private Arguments verb(Sentence sentence, Trigger trigger, Set<Integer> when) {
        int verb = trigger.token();
        boolean passive = hasChild(sentence, verb, "aux:pass") || hasChild(sentence, verb, "nsubj:pass")
                || Participle.isReducedPassive(sentence, verb);
        List<Integer> sources = new ArrayList<>();
        List<Integer> targets = new ArrayList<>();
        List<Integer> themes = new ArrayList<>();
        List<Integer> recipients = new ArrayList<>();
        List<Integer> nearby = new ArrayList<>();
        List<Integer> reasons = new ArrayList<>();
        List<String> pattern = new ArrayList<>();
        boolean aimed = false;
        boolean violent = Integer.parseInt(trigger.rule().cameo().substring(0, 2)) >= FIRST_VIOLENT_ROOT;
        for (Dependency edge : sentence.graph().children(verb)) {
            String relation = edge.relation();
            String base = edge.baseRelation();
            int child = edge.dependent();
            if (!passive && (relation.equals("nsubj") || relation.equals("nsubj:xsubj"))) {
                add(sources, child, pattern, "nsubj");
            } else if (passive && (relation.equals("obl:agent") || relation.equals("obl:by"))) {
                add(sources, child, pattern, "by");
            } else if (passive && (relation.startsWith("nsubj:pass") || relation.equals("nsubj"))) {
                add(targets, child, pattern, "pass");
            } else if (base.equals("obl") && CO_AGENT_PREPOSITIONS.contains(edge.specifier())) {
                add(sources, child, pattern, edge.specifier());
            } else if ((base.equals("obj") || base.equals("iobj")) && child != trigger.partner()) {
                add(targets, child, pattern, base);
                if (base.equals("obj")) {
                    themes.add(child);
                }
            } else if (base.equals("obl") && (AIMING_PREPOSITIONS.contains(edge.specifier())
                    || violent && VIOLENT_AIMING.contains(edge.specifier()))) {
                // "fired at the post": what is aimed at is the target, even when it met the rule ("fire" + "at").
                add(targets, child, pattern, edge.specifier());
                aimed = true;
            } else if (base.equals("obl") && TARGET_PREPOSITIONS.contains(edge.specifier())
                    && child != trigger.partner()) {
                add(targets, child, pattern, edge.specifier());
                if (RECIPIENT_PREPOSITIONS.contains(edge.specifier())) {
                    recipients.add(child);
                } else if (edge.specifier().equals("for")) {
                    reasons.add(child);
                }
            } else if (base.equals("advmod") && isTargetPreposition(sentence, child)) {
                // "imposed tariffs on $34 billion of goods": the parser made "on" an adverb and its object a "dep".
                String preposition = sentence.token(child).lemma().toLowerCase(Locale.ROOT);
                sentence.graph().children(child, "dep").forEach(object -> add(targets, object, pattern, preposition));
            } else if (base.equals("obl") && NEARBY_PREPOSITIONS.contains(edge.specifier())) {
                nearby.add(child);
            } else if (base.equals("obl") && edge.specifier().equals("between")) {
                // "offered to mediate between Venezuela and Guyana": both sides are acted upon.
                add(targets, child, pattern, "between");
            }
        }
        int patient = Participle.patient(sentence, verb);
        if (patient >= 0 && patient != trigger.partner() && !sources.contains(patient)) {
            // "the convoy ambushed by insurgents": what the participle describes is who was acted upon.
            add(targets, patient, pattern, "participle");
        }
        targets.removeAll(when);
        sources.removeAll(when); // "decided on Thursday to ease": the parser's subject may be the day
        String root = trigger.rule().cameo().substring(0, 2);
        if (!themes.isEmpty() && JUDGING_ROOTS.contains(root)) {
            targets.removeAll(reasons);
        }
        // "killed twelve people at a mosque" is no aiming: only a verb read with its preposition ("fire at") aims.
        boolean means = aimed && Integer.parseInt(root) >= FIRST_VIOLENT_ROOT
                && trigger.rule().requirement() instanceof Requirement.Preposition;
        if (!recipients.isEmpty() && TRANSFER_ROOTS.contains(root) || root.equals(FORCE_POSTURE_ROOT) || means) {
            targets.removeAll(themes);
        }
        if (targets.isEmpty()) {
            nearby.forEach(place -> add(targets, place, pattern, "near"));
        }
        if (trigger.partner() >= 0) {
            nounTargets(sentence, trigger.partner(), targets, pattern);
        }
        if (targets.isEmpty()) {
            ClauseTargets.complementTargets(sentence, verb, targets, pattern);
        }
        if (trigger.rule().cameo().equals(MEDIATE)) {
            ClauseTargets.mediatedParties(sentence, verb, targets, pattern);
        }
        if (targets.isEmpty() && ADDRESSED_ROOTS.contains(trigger.rule().cameo().substring(0, 2))) {
            for (Dependency edge : sentence.graph().children(verb)) {
                if (edge.baseRelation().equals("ccomp")) {
                    sentence.graph().children(edge.dependent(), "nsubj")
                            .forEach(subject -> add(targets, subject, pattern, "ccomp-subject"));
                }
            }
        }
        boolean inherited = false;
        if (sources.isEmpty()) {
            int subject = borrowedSubject(sentence, verb);
            if (subject >= 0) {
                add(sources, subject, pattern, "nsubj^");
                inherited = true;
            }
        }
        // "blocked roads in Lyon": the thing the rule asked for is where, when nothing else says.
        List<Integer> placed = new ArrayList<>(targets);
        if (trigger.partner() >= 0 && trigger.rule().wordClass().predicative()) {
            placed.add(trigger.partner());
        }
        return new Arguments(sources, targets, PlacePhrases.placesOrTargetPlaces(sentence, verb, placed),
                String.join("-", pattern), false, false, inherited);
    }

    private Arguments noun(Sentence sentence, Trigger trigger, Set<Integer> when) {
        int noun = trigger.token();
        int code = Integer.parseInt(trigger.rule().cameo().substring(0, 2));
        boolean cooperative = code <= 8;
        List<Integer> sources = new ArrayList<>();
        List<Integer> targets = new ArrayList<>();
        List<Integer> places = new ArrayList<>(PlacePhrases.places(sentence, noun));
        List<String> pattern = new ArrayList<>();
        boolean pairwise = false;
        boolean respectively = false;
        boolean inherited = false;
        List<Integer> ofPhrases = new ArrayList<>();
        List<Integer> inPhrases = new ArrayList<>();
        for (Dependency edge : sentence.graph().children(noun)) {
            String relation = edge.relation();
            int child = edge.dependent();
            if (relation.equals("nmod:poss") && isWhen(sentence, child, when)) {
                continue; // "Tuesday's missile strike", "Sunday night's attack": a possessive date says when, not who
            }
            if (NOUN_SOURCE_RELATIONS.contains(relation) && child != trigger.partner()
                    && (relation.equals("nmod:poss") || isNameLike(sentence, child))) {
                add(sources, child, pattern, relation.equals("nmod:poss") ? "poss" : edge.baseRelation());
            } else if (relation.equals("nmod:by") || relation.equals("nmod:agent")) {
                add(sources, child, pattern, "by");
            } else if (relation.equals("nmod:between") || relation.equals("nmod:among")) {
                add(sources, child, pattern, "between");
                pairwise = true;
            } else if (relation.equals("nmod:of")) {
                ofPhrases.add(child);
            } else if (edge.baseRelation().equals("nmod") && TARGET_PREPOSITIONS.contains(edge.specifier())) {
                add(targets, child, pattern, edge.specifier());
            } else if (edge.baseRelation().equals("nmod") && edge.specifier().equals("in") && code >= 14) {
                inPhrases.add(child);
            }
        }
        if (sources.isEmpty()) {
            PredicateSubject.of(sentence, noun).ifPresent(subject -> add(sources, subject, pattern, "cop"));
        }
        List<Integer> victims = code >= FIRST_HARMING_ROOT ? NominalVictims.replacing(sentence, noun, targets)
                : List.of();
        if (!victims.isEmpty()) {
            targets.clear();
            victims.forEach(victim -> add(targets, victim, pattern, "harmed"));
            NominalVictims.harmingClauses(sentence, noun)
                    .forEach(clause -> places.addAll(PlacePhrases.places(sentence, clause)));
        }
        if (targets.isEmpty()) {
            CompoundHeads.targets(sentence, noun, TARGET_PREPOSITIONS).forEach(t -> add(targets, t, pattern, "head"));
        }
        // "the attack on its consulate in Damascus": the place is where, only a violent act naming no one else
        // is against what is in it.
        if (targets.isEmpty()) {
            inPhrases.forEach(in -> add(targets, in, pattern, "in"));
        }
        for (int of : ofPhrases) {
            // "the support of Russia" is Russia's; "Kenya voted in favour of the resolution" lends Kenya as source.
            boolean asSource = cooperative && sources.isEmpty() && !trigger.hasLightVerb();
            add(asSource ? sources : targets, of, pattern, "of");
        }
        if (trigger.hasLightVerb()) {
            Arguments light = verb(sentence, new Trigger(trigger.lightVerb(), trigger.rule(), -1, noun), when);
            // "the Taliban stepped up their war": a possessive pronoun defers to the light verb's subject.
            boolean onlyPronouns = sources.stream().allMatch(s -> sentence.token(s).pos().startsWith("PRP"));
            if (onlyPronouns) {
                light.sources().forEach(s -> add(sources, s, pattern, "light"));
                inherited = light.inherited();
            }
            if (targets.isEmpty()) {
                // "put its forces on alert": what a light verb moves is no target of the noun's event.
                boolean throughPreposition = sentence.graph().children(trigger.lightVerb()).stream()
                        .noneMatch(edge -> edge.dependent() == noun && edge.baseRelation().equals("obj"));
                light.targets().stream()
                        .filter(t -> !throughPreposition || !governs(sentence, trigger.lightVerb(), t, "obj"))
                        .forEach(targets::add);
            }
            places.addAll(light.places());
        }
        int standIn = enumeratedStandIn(sentence, noun);
        if (standIn >= 0) {
            for (Dependency edge : sentence.graph().children(standIn)) {
                String relation = edge.relation();
                if (relation.equals("nmod:of") || relation.equals("nmod:poss")) {
                    add(sources, edge.dependent(), pattern, "those-of");
                } else if (edge.baseRelation().equals("nmod") && TARGET_PREPOSITIONS.contains(edge.specifier())) {
                    add(targets, edge.dependent(), pattern, edge.specifier());
                } else if (relation.equals("advmod")
                        && sentence.token(edge.dependent()).lemma().toLowerCase(Locale.ROOT).equals("respectively")) {
                    respectively = true;
                }
            }
            places.addAll(PlacePhrases.places(sentence, standIn));
        }
        targets.removeAll(when);
        if (places.isEmpty()) {
            places.addAll(PlacePhrases.placesOrTargetPlaces(sentence, noun, targets));
        }
        return new Arguments(sources, targets, List.copyOf(new LinkedHashSet<>(places)), String.join("-", pattern),
                respectively, pairwise, inherited);
    }

    private static boolean isWhen(Sentence sentence, int token, Set<Integer> when) {
        return when.contains(token) || sentence.graph().children(token).stream()
                .anyMatch(edge -> edge.relation().equals("compound") && when.contains(edge.dependent()));
    }

    /** "Recent meetings include those of A with B": the stand-in "those" carries the meetings' arguments. */
    private static int enumeratedStandIn(Sentence sentence, int noun) {
        for (Dependency up : sentence.graph().parents(noun)) {
            if (up.governor() < 0 || !up.relation().equals("nsubj")
                    || !ENUMERATING_VERBS.contains(sentence.token(up.governor()).lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (Dependency edge : sentence.graph().children(up.governor())) {
                String word = sentence.token(edge.dependent()).word().toLowerCase(Locale.ROOT);
                if (edge.baseRelation().equals("obj") && STAND_INS.contains(word)) {
                    return edge.dependent();
                }
            }
        }
        return -1;
    }

    private static void nounTargets(Sentence sentence, int noun, List<Integer> targets, List<String> pattern) {
        for (Dependency edge : sentence.graph().children(noun)) {
            if (edge.baseRelation().equals("nmod") && TARGET_PREPOSITIONS.contains(edge.specifier())) {
                add(targets, edge.dependent(), pattern, edge.specifier());
            }
        }
    }

    /** The subject of the nearest governing clause: "Trump unleashed a trade war by imposing duties". */
    private static int borrowedSubject(Sentence sentence, int verb) {
        int current = verb;
        for (int step = 0; step < MAX_CLIMB; step++) {
            int governor = -1;
            for (Dependency up : sentence.graph().parents(current)) {
                if (up.governor() >= 0 && CLAUSE_LINKS.contains(up.baseRelation())) {
                    governor = up.governor();
                    break;
                }
            }
            if (governor < 0) {
                return -1;
            }
            for (Dependency edge : sentence.graph().children(governor)) {
                if (edge.relation().equals("nsubj")) {
                    return edge.dependent();
                }
            }
            current = governor;
        }
        return -1;
    }

    private static boolean isTargetPreposition(Sentence sentence, int token) {
        var word = sentence.token(token);
        return word.pos().equals("IN") && TARGET_PREPOSITIONS.contains(word.lemma().toLowerCase(Locale.ROOT));
    }

    /** "Chinese", "US", "Israeli": a modifier that can name an actor, unlike "recent" or "trade". */
    static boolean isNameLike(Sentence sentence, int token) {
        var word = sentence.token(token);
        return word.isProperNoun() || !word.ner().equals("O")
                || token > 0 && Character.isUpperCase(word.word().charAt(0));
    }

    private static boolean governs(Sentence sentence, int governor, int dependent, String relation) {
        return sentence.graph().children(governor).stream()
                .anyMatch(edge -> edge.dependent() == dependent && edge.baseRelation().equals(relation));
    }

    private static boolean hasChild(Sentence sentence, int token, String relation) {
        return sentence.graph().children(token).stream().anyMatch(edge -> edge.relation().startsWith(relation));
    }

    static void add(List<Integer> list, int token, List<String> pattern, String label) {
        if (!list.contains(token)) {
            list.add(token);
        }
        if (!pattern.contains(label)) {
            pattern.add(label);
        }
    }
}
