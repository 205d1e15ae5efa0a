package org.dyad.article;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The file formats the readers understand, told apart by file name extension. */
enum InputFormat {
    /** One article per file, with an optional 'date YYYY-MM-DD' header. */
    TXT(".txt"),
    /** One JSON object per line. */
    JSONL(".jsonl");

    private final String extension;

    InputFormat(String extension) {
        this.extension = extension;
    }

    /** The format the file name's extension names, ignoring case; empty for other files. */
    static Optional<InputFormat> of(Path path) {
        Path name = path.getFileName();
        if (name == null) {
            return Optional.empty();
        }
        String lower = name.toString().toLowerCase(Locale.ROOT);
        for (InputFormat format : values()) {
            if (lower.endsWith(format.extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The file name without this format's extension: a .txt article's id. */
    String baseName(Path path) {
        String name = path.getFileName().toString();
        return name.substring(0, name.length() - extension.length());
    }
}
