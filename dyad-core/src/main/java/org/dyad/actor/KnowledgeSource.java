package org.dyad.actor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Where the knowledge files are read from: the classpath in production, strings in tests. */
@FunctionalInterface
interface KnowledgeSource {
    /** The whole text of {@code fileName}, or empty when there is no such file. */
    Optional<String> read(String fileName);

    /** The files beside {@link ActorKnowledge} on the classpath, read as UTF-8. */
    static KnowledgeSource classpath() {
        return fileName -> {
            try (InputStream in = ActorKnowledge.class.getResourceAsStream(fileName)) {
                if (in == null) {
                    return Optional.empty();
                }
                return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new KnowledgeFileException(fileName, 0, "cannot read: " + e.getMessage());
            }
        };
    }
}
