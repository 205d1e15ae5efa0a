package org.dyad.actor;

/**
 * A knowledge file that cannot be used, with the place of the fault: the message reads "file:line: reason".
 */
public final class KnowledgeFileException extends IllegalStateException {
    private final String file;
    private final int line;

    /** A fault at {@code line} of {@code file}; line 0 means the file as a whole. */
    public KnowledgeFileException(String file, int line, String reason) {
        super(file + ":" + line + ": " + reason);
        this.file = file;
        this.line = line;
    }

    /** The file name, e.g. "people.tsv". */
    public String file() {
        return file;
    }

    /** The 1-based line number, or 0 when the fault concerns the whole file. */
    public int line() {
        return line;
    }
}
