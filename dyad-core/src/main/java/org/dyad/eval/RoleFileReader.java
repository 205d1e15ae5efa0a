package org.dyad.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads sentences marked with actor roles, one token a line ("U.S. B-S"), sentences separated by blank lines;
 * tags B-/I-S (source), B-/I-T (target), B-/I-R (event phrase, ignored) and O.
 */
public final class RoleFileReader {
    private RoleFileReader() {
    }

    public static List<RoleSentence> read(BufferedReader reader) throws IOException {
        List<RoleSentence> sentences = new ArrayList<>();
        Builder current = new Builder();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                current.finish().ifPresent(sentences::add);
                current = new Builder();
                continue;
            }
            int space = line.lastIndexOf(' ');
            String token = space < 0 ? line : line.substring(0, space);
            String tag = space < 0 ? "O" : line.substring(space + 1);
            current.add(number, token, tag);
        }
        current.finish().ifPresent(sentences::add);
        return List.copyOf(sentences);
    }

    private static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private final List<RoleSentence.Span> spans = new ArrayList<>();
        private int firstLine = -1;
        private char openRole;
        private int openBegin = -1;
        private int lastEnd;

        void add(int line, String token, String tag) {
            if (firstLine < 0) {
                firstLine = line;
            }
            if (text.length() > 0) {
                text.append(' ');
            }
            int begin = text.length();
            text.append(token);
            char role = tag.length() == 3 && (tag.charAt(2) == 'S' || tag.charAt(2) == 'T') ? tag.charAt(2) : 0;
            boolean inside = tag.startsWith("I-") && role == openRole && openBegin >= 0;
            if (!inside) {
                close();
                if (role != 0) {
                    openRole = role;
                    openBegin = begin;
                }
            }
            lastEnd = text.length();
        }

        private void close() {
            if (openBegin >= 0) {
                spans.add(new RoleSentence.Span(openRole, openBegin, lastEnd));
            }
            openBegin = -1;
            openRole = 0;
        }

        java.util.Optional<RoleSentence> finish() {
            close();
            return firstLine < 0 ? java.util.Optional.empty()
                    : java.util.Optional.of(new RoleSentence(firstLine, text.toString(), spans));
        }
    }
}
