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
 * unresolved source (no code, no country), which keeps its confidence low. Nouns for things ("a car bomb killed",
 * "teargas broke up") never act, nor do commentators ("analysts say"), and only a subject acts: "the release of
 * detained leaders" is done to them, and "countries that supply Ukraine" describes, rather than names, an actor.
 */
final class UnnamedGroups {
    /** Words before the head that belong to the written phrase. */
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
            int first = head;
            for (Dependency edge : sentence.graph().children(head)) {
                if (MODIFIERS.contains(edge.relation()) && edge.dependent() < head) {
                    first = Math.min(first, leftmost(sentence, edge.dependent()));
                }
            }
            while (first < head && sentence.token(first).pos().equals("DT")) {
                first++;
            }
            int begin = sentence.token(first).begin();
            String written = text.substring(begin, token.end());
            found.add(new ActorMention(sentence.index(), head, begin, token.end(), written, null, null, null, null,
                    written, true));
        }
        return List.copyOf(found);
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
