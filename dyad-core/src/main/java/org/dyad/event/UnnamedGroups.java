package org.dyad.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.actor.ActorMention;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * A source that is somebody, though the dictionaries cannot say who: "Jewish leaders said", "anti-war groups called
 * on workers to mobilize", "a Kansas woman started a hunger strike", "the Mafia boss claimed responsibility". News
 * names such actors by a noun for people or for a body of people; the act is still theirs, so it is coded with an
 * unresolved source (no code, no country), which keeps its confidence low. Nouns for things ("teargas broke up")
 * never act, except as the unknown author of violence ("a car bomb killed six"), nor do commentators ("analysts say"), and only a subject acts: "the release of
 * detained leaders" is done to them, and "countries that supply Ukraine" describes, rather than names, an actor.
 */
final class UnnamedGroups {
    /** Words before the head that belong to the written phrase. */
    /** The first root of violence: assault (18), fight (19), mass violence (20). */
    static final int ASSAULT = 18;
    /** Words that say whose a thing is: "Israel's attack", "Russian strikes", "the attack by Hamas". */
    private static final Set<String> OWNERS = Set.of("nmod:poss", "amod", "compound", "nmod:by", "nmod:of");
    private static final Set<String> DOERS_IN_PASSIVE = Set.of("obl:agent", "nmod:agent", "obl:by", "nmod:by");
    private static final Set<String> MODIFIERS = Set.of("compound", "amod", "det", "nmod:poss", "nummod", "case");

    private UnnamedGroups() {
    }

    /** An unresolved actor for each head that is a noun for people and the subject of {@code act}; none else. */
    static List<ActorMention> of(String text, Sentence sentence, int act, List<Integer> heads, GroupNouns nouns) {
        List<ActorMention> found = new ArrayList<>();
        for (int head : heads) {
            Token token = sentence.token(head);
            if (!token.isNoun() || !nouns.isPeople(token) || !isSubject(sentence, head) || describedBy(sentence, head, act)) {
                continue;
            }
            found.add(phrase(text, sentence, head));
        }
        return List.copyOf(found);
    }

    /**
     * "A car bomb killed six soldiers", "unidentified assailants shot the mayor": violence is reported even when its
     * author is unknown, so the thing or the people its clause names as the doer stand as an unresolved source.
     * Only for assault, fighting and mass violence (roots 18 to 20); never a pronoun or a state of affairs ("battered
     * by the war"), and never a phrase with a
     * name in it: "Israel's attack on Lebanon killed dozens" is Israel's act, read at "attack".
     */
    static List<ActorMention> ofViolence(String text, Sentence sentence, Trigger trigger, List<Integer> heads,
                                         GroupNouns nouns) {
        if (Integer.parseInt(trigger.rule().cameo().substring(0, 2)) < ASSAULT) {
            return List.of();
        }
        return heads.stream()
                .filter(head -> doerOf(sentence, head, trigger.token()))
                .filter(head -> sentence.token(head).isNoun() && !sentence.token(head).isProperNoun()
                        && !nouns.isCondition(sentence.token(head)))
                .filter(head -> sentence.graph().children(head).stream()
                        .filter(edge -> OWNERS.contains(edge.relation()))
                        .map(edge -> sentence.token(edge.dependent()))
                        .noneMatch(word -> word.isProperNoun() || !word.ner().equals("O")))
                .map(head -> phrase(text, sentence, head))
                .toList();
    }

    /**
     * The subject of the act itself or the agent of its passive ("wounded by the attack"); a subject shared with
     * another verb is that verb's ("the pilot was captured and killed").
     */
    private static boolean doerOf(Sentence sentence, int head, int act) {
        return sentence.graph().parents(head).stream().anyMatch(edge -> edge.governor() == act
                && (edge.relation().equals("nsubj") || DOERS_IN_PASSIVE.contains(edge.relation())));
    }

    /** The written phrase of a head noun with the words before it that belong to it, without a determiner. */
    private static ActorMention phrase(String text, Sentence sentence, int head) {
        Token token = sentence.token(head);
        int first = head;
        for (Dependency edge : sentence.graph().children(head)) {
            if (MODIFIERS.contains(edge.relation()) && edge.dependent() < head) {
                first = Math.min(first, leftmost(sentence, edge.dependent()));
            }
        }
        // "by the blast": the phrase begins at its noun's own words.
        while (first < head && (sentence.token(first).pos().equals("DT") || sentence.token(first).pos().equals("IN"))) {
            first++;
        }
        int begin = sentence.token(first).begin();
        String written = text.substring(begin, token.end());
        return new ActorMention(sentence.index(), head, begin, token.end(), written, null, null, null, null, written,
                true);
    }

    private static boolean isSubject(Sentence sentence, int head) {
        return sentence.graph().parents(head).stream().anyMatch(edge -> edge.relation().startsWith("nsubj")
                && !edge.relation().startsWith("nsubj:pass"));
    }

    /** "countries that supply Ukraine", "a woman who led the march": a relative clause describes its noun. */
    private static boolean describedBy(Sentence sentence, int head, int act) {
        return sentence.graph().children(head).stream()
                .anyMatch(edge -> edge.baseRelation().equals("acl") && edge.dependent() == act);
    }

    private static int leftmost(Sentence sentence, int token) {
        int first = token;
        for (Dependency edge : sentence.graph().children(token)) {
            if (edge.dependent() < first) {
                first = Math.min(first, leftmost(sentence, edge.dependent()));
            }
        }
        return first;
    }
}
