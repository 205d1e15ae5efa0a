package org.dyad.store;

import java.util.Locale;

/**
 * Accepts only one SELECT or WITH statement, before the database's own read-only mode refuses writes as well:
 * quoted text and comments are skipped when looking for a second statement.
 */
final class ReadOnlySql {
    private ReadOnlySql() {
    }

    /** The statement without a trailing semicolon. */
    static String check(String sql) {
        String text = sql == null ? "" : sql.strip();
        while (text.endsWith(";")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        if (text.isEmpty()) {
            throw new IllegalArgumentException("no query given");
        }
        if (hasSemicolonOutsideQuotes(text)) {
            throw new IllegalArgumentException("only one statement may be run at a time");
        }
        String first = text.split("[\\s(]", 2)[0].toLowerCase(Locale.ROOT);
        if (!first.equals("select") && !first.equals("with")) {
            throw new IllegalArgumentException("only SELECT and WITH queries may be run, not '" + first + "'");
        }
        return text;
    }

    private static boolean hasSemicolonOutsideQuotes(String text) {
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '-' && i + 1 < text.length() && text.charAt(i + 1) == '-') {
                int end = text.indexOf('\n', i);
                i = end < 0 ? text.length() : end;
            } else if (c == ';') {
                return true;
            }
        }
        return false;
    }
}
