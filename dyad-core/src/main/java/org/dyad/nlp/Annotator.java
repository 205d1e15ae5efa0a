package org.dyad.nlp;

/** Turns text into a {@link Doc}. Implementations are thread-safe and load their models once. */
public interface Annotator {
    /** The analysis of the text, every sentence parsed. */
    Doc annotate(String text);

    /**
     * The analysis of the text, parsing only the sentences {@code parse} asks for; the others get an empty
     * dependency graph. An annotator that cannot parse selectively parses everything, which is always correct.
     */
    default Doc annotate(String text, SentenceFilter parse) {
        return annotate(text);
    }
}
