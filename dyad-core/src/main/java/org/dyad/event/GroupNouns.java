package org.dyad.event;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.nlp.Token;
import org.dyad.resource.TsvTable;

/**
 * Nouns that act when no listed actor is found ({@code group-nouns.tsv}): nouns for people or bodies of people
 * ("Jewish leaders said") and documents whose words are their issuer's act ("a report accusing the army").
 *
 * @param people    lemmas of nouns for people or a body of people
 * @param documents  lemmas of nouns for documents
 * @param conditions lemmas of nouns for a state of affairs, never the doer of violence ("battered by the war")
 */
record GroupNouns(Set<String> people, Set<String> documents, Set<String> conditions) {
    static final String RESOURCE = "group-nouns.tsv";
    private static final List<String> COLUMNS = List.of("lemma", "kind");

    GroupNouns {
        people = Set.copyOf(people);
        documents = Set.copyOf(documents);
        conditions = Set.copyOf(conditions);
    }

    /** The nouns of the resource file, each row checked for its form. */
    static GroupNouns load() {
        Set<String> people = new HashSet<>();
        Set<String> documents = new HashSet<>();
        Set<String> conditions = new HashSet<>();
        for (TsvTable.Row row : TsvTable.load(GroupNouns.class, RESOURCE, COLUMNS).rows()) {
            String lemma = row.get(0);
            if (!lemma.equals(lemma.toLowerCase(Locale.ROOT)) || lemma.isBlank() || lemma.contains(" ")) {
                throw row.error("lemma must be one lower-case word: '" + lemma + "'");
            }
            Set<String> kind = switch (row.get(1)) {
                case "people" -> people;
                case "document" -> documents;
                case "condition" -> conditions;
                default -> throw row.error("kind must be people, document or condition: '" + row.get(1) + "'");
            };
            if (!kind.add(lemma)) {
                throw row.error("'" + lemma + "' is listed twice as " + row.get(1));
            }
        }
        return new GroupNouns(people, documents, conditions);
    }

    boolean isPeople(Token token) {
        return people.contains(token.lemma().toLowerCase(Locale.ROOT))
                || people.contains(token.word().toLowerCase(Locale.ROOT));
    }

    /** A state of affairs ("the war", "the unrest"), which harms but is nobody's act. */
    boolean isCondition(Token token) {
        return conditions.contains(token.lemma().toLowerCase(Locale.ROOT));
    }

    boolean isDocument(Token token) {
        return documents.contains(token.lemma().toLowerCase(Locale.ROOT));
    }
}
