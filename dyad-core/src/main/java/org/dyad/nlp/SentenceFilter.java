package org.dyad.nlp;

/**
 * Decides, from a sentence's tokens, lemmas, parts of speech and entity tags alone, whether the dependency
 * parser has to run on it. The parser is the dearest step of the analysis, and most sentences of the news
 * name no actor or no act: parsing them only to find nothing is wasted time.
 *
 * <p>Implementations must be thread-safe and must answer {@code true} for every sentence whose graph can
 * change what the coder reads; a sentence that is not parsed gets {@link DependencyGraph#empty()}.
 */
@FunctionalInterface
public interface SentenceFilter {
    /** Parses every sentence. */
    SentenceFilter ALL = sentence -> true;

    /**
     * @param sentence a sentence with its tokens and an empty dependency graph
     * @return whether to run the dependency parser on it
     */
    boolean needsParse(Sentence sentence);
}
