package org.dyad.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;

/**
 * The issuer of a document that acts: in "Amnesty International published a report accusing the army of abuses",
 * "the European Parliament adopted a resolution criticizing the government" and "the committee released a letter
 * that calls on the ministry to resign", the report, resolution and letter are nobody; the accusation is the
 * issuer's. Only a document noun lends its issuer, and only to an act it carries out (a participle or relative
 * clause on it, or the act whose subject it is).
 */
final class DocumentIssuers {
    /** The parser hangs a participle on its noun as "dep" when an adjective stands between them. */
    private static final Set<String> ACT_LINKS = Set.of("acl", "acl:relcl", "dep");
    /** "a report by Human Rights Watch", "a letter from 40 senators", "Amnesty's report". */
    private static final Set<String> AUTHOR_LINKS = Set.of("nmod:by", "nmod:from", "nmod:poss");

    private DocumentIssuers() {
    }

    /** The heads of whoever issued the document that does {@code act}, or none. */
    static List<Integer> of(Sentence sentence, int act, List<Integer> sources, GroupNouns nouns) {
        List<Integer> documents = new ArrayList<>(sources.stream().filter(head -> isDocument(sentence, head, nouns)).toList());
        List<Integer> acts = new ArrayList<>(List.of(act));
        // "a resolution criticizing the government and calling for sanctions": the second act is the document's too.
        for (Dependency up : sentence.graph().parents(act)) {
            if (up.governor() >= 0 && up.baseRelation().equals("conj")) {
                acts.add(up.governor());
            }
        }
        for (int verb : acts) {
            for (Dependency up : sentence.graph().parents(verb)) {
                if (up.governor() >= 0 && ACT_LINKS.contains(up.relation()) && sentence.token(verb).isVerb()
                        && isDocument(sentence, up.governor(), nouns)) {
                    documents.add(up.governor());
                }
            }
        }
        for (int document : documents) {
            List<Integer> authors = new ArrayList<>();
            for (Dependency edge : sentence.graph().children(document)) {
                if (AUTHOR_LINKS.contains(edge.relation())) {
                    authors.add(edge.dependent());
                }
            }
            for (Dependency up : sentence.graph().parents(document)) {
                int verb = up.governor();
                if (verb >= 0 && up.baseRelation().equals("obj") && sentence.token(verb).isVerb()) {
                    authors.addAll(sentence.graph().children(verb, "nsubj"));
                }
            }
            if (!authors.isEmpty()) {
                return List.copyOf(authors);
            }
        }
        return List.of();
    }

    private static boolean isDocument(Sentence sentence, int token, GroupNouns nouns) {
        return sentence.token(token).isNoun() && nouns.isDocument(sentence.token(token));
    }
}
