package org.dyad.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;

/**
 * A hostile reaction is aimed at the author of the act it answers: "Russia placed its forces on high alert after
 * the Ukrainian strike", "Israel vowed revenge in response to the Hezbollah attack". Only an act named by an event
 * noun and a named author count.
 */
final class Retaliation {
    private static final Set<String> ANSWERING = Set.of("obl:after", "obl:following", "obl:in_response_to",
            "obl:in_retaliation_for", "nmod:after", "nmod:following");
    /** "in retaliation for the attack", "in response to the strike", "as revenge for the raid". */
    private static final Set<String> ANSWER_NOUNS = Set.of("retaliation", "response", "revenge", "reprisal");
    private static final Set<String> ANSWER_LINKS = Set.of("for", "to");
    private static final Set<String> AUTHOR_RELATIONS = Set.of("nmod:poss", "amod", "compound", "nmod:by");

    private Retaliation() {
    }

    /** The tokens naming the authors of the acts answered by the clause or noun at {@code head}, or none. */
    static List<Integer> answeredAuthors(Sentence sentence, int head, Set<Integer> eventNouns) {
        List<Integer> authors = new ArrayList<>();
        for (Dependency edge : sentence.graph().children(head)) {
            int child = edge.dependent();
            if (ANSWERING.contains(edge.relation())) {
                authorsOf(sentence, child, eventNouns, authors);
            } else if (edge.baseRelation().equals("obl")
                    && ANSWER_NOUNS.contains(sentence.token(child).lemma().toLowerCase(Locale.ROOT))) {
                for (Dependency inner : sentence.graph().children(child)) {
                    if (inner.baseRelation().equals("nmod") && ANSWER_LINKS.contains(inner.specifier())) {
                        authorsOf(sentence, inner.dependent(), eventNouns, authors);
                    }
                }
            }
        }
        return List.copyOf(authors);
    }

    private static void authorsOf(Sentence sentence, int act, Set<Integer> eventNouns, List<Integer> authors) {
        if (!eventNouns.contains(act)) {
            return;
        }
        for (Dependency edge : sentence.graph().children(act)) {
            int child = edge.dependent();
            if (AUTHOR_RELATIONS.contains(edge.relation()) && (edge.relation().equals("nmod:by")
                    || ArgumentReader.isNameLike(sentence, child) || edge.relation().equals("nmod:poss")
                    && !sentence.token(child).pos().startsWith("PRP"))) {
                authors.add(child);
            }
        }
    }
}
