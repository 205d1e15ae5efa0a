package org.dyad.nlp;

/** Turns text into a {@link Doc}. Implementations are thread-safe and load their models once. */
public interface Annotator {
    Doc annotate(String text);
}
