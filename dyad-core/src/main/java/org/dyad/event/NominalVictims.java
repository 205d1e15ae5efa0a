package org.dyad.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;

/**
 * Who a violent act named by a noun struck, told by the clause it harms in: "a car bombing that killed eight
 * soldiers" (a relative clause of harm), "three US soldiers were killed in a drone attack", "the consulate was
 * destroyed by an air strike" (the act as the means of a passive harm). The harmed are the act's victims, whatever
 * place it was aimed at.
 */
final class NominalVictims {
    private static final Set<String> HARM = Set.of("kill", "wound", "injure", "destroy", "damage", "hit", "level",
            "flatten", "raze", "maim", "target", "hurt", "slay", "shoot", "stab", "attack", "assault");
    /** "killed in an attack", "destroyed by a strike", "wounded during a raid". */
    private static final Set<String> MEANS = Set.of("obl:in", "obl:agent", "obl:by", "obl:during", "obl:in_during");

    private static final Set<String> NAMING = Set.of("nmod:poss", "amod", "compound");

    private NominalVictims() {
    }

    /**
     * The victims that stand as the act's targets instead of {@code targets}: victims named as someone's ("US
     * soldiers", "the Iranian consulate") before the place aimed at; unnamed ones ("ten people") only when nothing
     * else is aimed at. None when the targets stay.
     */
    static List<Integer> replacing(Sentence sentence, int noun, List<Integer> targets) {
        List<Integer> victims = of(sentence, noun);
        boolean named = victims.stream().anyMatch(victim -> ArgumentReader.isNameLike(sentence, victim)
                || sentence.graph().children(victim).stream().anyMatch(edge -> NAMING.contains(edge.relation())
                        && ArgumentReader.isNameLike(sentence, edge.dependent())));
        return named || targets.isEmpty() ? victims : List.of();
    }

    /** The tokens of those the act at {@code noun} harmed, or none. */
    static List<Integer> of(Sentence sentence, int noun) {
        List<Integer> victims = new ArrayList<>();
        for (int clause : harmingClauses(sentence, noun)) {
            sentence.graph().children(clause, "obj").forEach(victims::add);
        }
        for (Dependency up : sentence.graph().parents(noun)) {
            int verb = up.governor();
            boolean passiveHarm = verb >= 0 && MEANS.contains(up.relation()) && harms(sentence, verb)
                    && sentence.graph().children(verb).stream().anyMatch(edge -> edge.relation().equals("aux:pass"));
            if (passiveHarm) {
                sentence.graph().children(verb).stream().filter(edge -> edge.relation().startsWith("nsubj:pass"))
                        .forEach(edge -> victims.add(edge.dependent()));
            }
        }
        return List.copyOf(victims);
    }

    /** "a car bombing that killed eight soldiers in northern Syria": the relative clauses telling the harm done. */
    static List<Integer> harmingClauses(Sentence sentence, int noun) {
        List<Integer> clauses = new ArrayList<>();
        for (Dependency edge : sentence.graph().children(noun)) {
            boolean harmingClause = edge.relation().equals("acl:relcl") && harms(sentence, edge.dependent())
                    && sentence.graph().children(edge.dependent()).stream()
                    .anyMatch(inner -> inner.dependent() == noun && inner.relation().equals("nsubj"));
            if (harmingClause) {
                clauses.add(edge.dependent());
            }
        }
        return clauses;
    }

    private static boolean harms(Sentence sentence, int verb) {
        return HARM.contains(sentence.token(verb).lemma().toLowerCase(Locale.ROOT));
    }
}
