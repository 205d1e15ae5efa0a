package org.dyad.article;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The file formats the readers understand, told apart by file name extension. */
enum InputFormat {
    /** One article per file, with an optional 'date YYYY-MM-DD' header. */
    TXT(".txt"),
    /** One JSON object per line. */
    JSONL(".jsonl"),
    /** One web page per file: its main text, date and title. */
    HTML(".html", ".htm"),
    /** Web archive records, gzipped or not: every HTML response is a page. */
    WARC(".warc.gz", ".warc");

    private final List<String> extensions;

    InputFormat(String... extensions) {
        this.extensions = List.of(extensions);
    }

    /** The format the file name's extension names, ignoring case; empty for other files. */
    static Optional<InputFormat> of(Path path) {
        Path name = path.getFileName();
        if (name == null) {
            return Optional.empty();
        }
        String lower = name.toString().toLowerCase(Locale.ROOT);
        for (InputFormat format : values()) {
            for (String extension : format.extensions) {
                if (lower.endsWith(extension)) {
                    return Optional.of(format);
                }
            }
        }
        return Optional.empty();
    }

    /** The file name without this format's extension: the id of a .txt article or an .html page. */
    String baseName(Path path) {
        String name = path.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        for (String extension : extensions) {
            if (lower.endsWith(extension)) {
                return name.substring(0, name.length() - extension.length());
            }
        }
        return name;
    }
}
