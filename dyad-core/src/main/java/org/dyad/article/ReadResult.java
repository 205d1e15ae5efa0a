package org.dyad.article;

import java.util.Objects;

/** One record read from an input: an article, or a rejection that says where and why. */
public sealed interface ReadResult permits ReadResult.Read, ReadResult.Rejected {

    /**
     * An article that was read.
     *
     * @param article the article
     * @param origin  where it came from: {@code "news.jsonl:12"} for a JSONL line, the path for a .txt file,
     *                {@code "<stdin>"} for standard input
     */
    record Read(Article article, String origin) implements ReadResult {
        public Read {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(origin, "origin");
        }
    }

    /**
     * A record that could not be read.
     *
     * @param file   the path as given or found by walking a directory, or {@code "<stdin>"}
     * @param line   1-based line number, or 0 when the whole file is at fault
     * @param reason one line saying what is wrong
     */
    record Rejected(String file, long line, String reason) implements ReadResult {
        public Rejected {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(reason, "reason");
            if (line < 0) {
                throw new IllegalArgumentException("line must be 0 or positive: " + line);
            }
            if (reason.isBlank()) {
                throw new IllegalArgumentException("reason is blank");
            }
        }

        /** {@code "file:line: reason"}, or {@code "file: reason"} when line is 0. */
        public String message() {
            return line == 0 ? file + ": " + reason : file + ":" + line + ": " + reason;
        }
    }
}
