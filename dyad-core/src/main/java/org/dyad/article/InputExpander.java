package org.dyad.article;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * Expands one input as the user wrote it into the things to read: "-" is standard input, a directory is every
 * file of a known format below it (other files ignored) sorted by path, a file is itself.
 */
final class InputExpander {
    static final String STDIN = "-";

    List<InputItem> expand(String input) {
        if (STDIN.equals(input)) {
            return List.of(new InputItem.StandardInput());
        }
        Path path;
        try {
            path = Path.of(input);
        } catch (InvalidPathException e) {
            return List.of(failure(input, "invalid path: " + Abbreviation.of(e.getReason())));
        }
        if (Files.isDirectory(path)) {
            return walk(path);
        }
        if (!Files.exists(path)) {
            return List.of(failure(input, "no such file or directory"));
        }
        Optional<InputFormat> format = InputFormat.of(path);
        if (format.isEmpty()) {
            return List.of(failure(input, "unsupported file type: expected .txt, .jsonl, .html, .htm, .warc or .warc.gz"));
        }
        return List.of(new InputItem.File(path, format.get()));
    }

    private static List<InputItem> walk(Path directory) {
        List<InputItem> items = new ArrayList<>();
        try {
            Files.walkFileTree(directory, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                            if (!attributes.isDirectory()) {
                                InputFormat.of(file).ifPresent(format -> items.add(new InputItem.File(file, format)));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            // a broken link or unreadable entry that would not have been read anyway is no news
                            if (Files.isDirectory(file) || InputFormat.of(file).isPresent()) {
                                items.add(failure(file.toString(), IoFailures.reason(e)));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                            if (e != null) {
                                items.add(failure(dir.toString(), IoFailures.reason(e)));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            items.add(failure(directory.toString(), IoFailures.reason(e)));
        }
        items.sort(Comparator.comparing(InputExpander::sortKey));
        return items;
    }

    private static Path sortKey(InputItem item) {
        return item instanceof InputItem.File file ? file.path() : Path.of(item.name());
    }

    private static InputItem failure(String name, String reason) {
        return new InputItem.Failure(new ReadResult.Rejected(name, 0, reason));
    }
}
