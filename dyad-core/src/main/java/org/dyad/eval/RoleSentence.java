package org.dyad.eval;

import java.util.List;
import java.util.Objects;

/**
 * A sentence with its gold actor spans, rebuilt from a one-token-a-line file: the tokens joined by single
 * spaces, each span a character range of that text.
 *
 * @param line  line of the file where the sentence starts
 * @param text  the tokens joined by spaces
 * @param spans the gold source and target spans
 */
public record RoleSentence(int line, String text, List<Span> spans) {
    /** A gold actor span: role 'S' (source) or 'T' (target). */
    public record Span(char role, int begin, int end) {
    }

    public RoleSentence {
        Objects.requireNonNull(text, "text");
        spans = List.copyOf(spans);
    }

    public String text(Span span) {
        return text.substring(span.begin(), span.end());
    }
}
