package org.dyad.nlp;

import java.util.Objects;

/**
 * One token of a sentence.
 *
 * @param index position in its sentence, from 0
 * @param word  the token as written
 * @param lemma dictionary form, lower-cased for common words
 * @param pos   Penn Treebank part-of-speech tag
 * @param ner   named-entity tag (PERSON, LOCATION, ORGANIZATION, MISC) or "O"
 * @param begin character offset of the first character in the article text
 * @param end   character offset after the last character in the article text
 */
public record Token(int index, String word, String lemma, String pos, String ner, int begin, int end) {
    public Token {
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(ner, "ner");
        if (index < 0 || begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad token " + index + " [" + begin + ", " + end + ")");
        }
    }

    public boolean isVerb() {
        return pos.startsWith("VB") || pos.equals("MD");
    }

    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    public boolean isAdjective() {
        return pos.startsWith("JJ");
    }

    public boolean isProperNoun() {
        return pos.startsWith("NNP");
    }

    /** Tagged as a person or an organisation: a name that may stand for an actor even when no list knows it. */
    public boolean namesPersonOrOrganisation() {
        return ner.equals("PERSON") || ner.equals("ORGANIZATION");
    }
}
