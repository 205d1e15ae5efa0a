package org.dyad.nlp;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One sentence of a {@link Doc}.
 *
 * @param index  position in the document, from 0
 * @param begin  character offset of the sentence in the article text
 * @param end    character offset after the sentence
 * @param tokens tokens in order
 * @param graph  dependency graph over the tokens; empty when the sentence was not parsed
 */
public record Sentence(int index, int begin, int end, List<Token> tokens, DependencyGraph graph) {
    public Sentence {
        tokens = List.copyOf(tokens);
        Objects.requireNonNull(graph, "graph");
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad sentence span [" + begin + ", " + end + ")");
        }
    }

    public Token token(int index) {
        return tokens.get(index);
    }

    public int size() {
        return tokens.size();
    }

    /** The token that starts at character offset {@code begin} of the article, as an event's trigger does. */
    public Optional<Token> tokenAt(int begin) {
        return tokens.stream().filter(token -> token.begin() == begin).findFirst();
    }

    /** The article text of tokens {@code from} (inclusive) to {@code to} (exclusive). */
    public String text(String articleText, int from, int to) {
        return articleText.substring(tokens.get(from).begin(), tokens.get(to - 1).end());
    }
}
