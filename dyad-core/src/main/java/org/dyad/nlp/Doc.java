package org.dyad.nlp;

import java.util.List;
import java.util.Objects;

/**
 * Dyad's own linguistic analysis of one text: everything after annotation reads this, never CoreNLP.
 *
 * @param text      the text analysed; every offset points into it
 * @param sentences sentences in order
 */
public record Doc(String text, List<Sentence> sentences) {
    public Doc {
        Objects.requireNonNull(text, "text");
        sentences = List.copyOf(sentences);
    }

    /** The text of a sentence, as written. */
    public String text(Sentence sentence) {
        return text.substring(sentence.begin(), sentence.end());
    }
}
