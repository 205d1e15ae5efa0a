package org.dyad.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The secret that writes need: given by the user, or kept in a file next to the store (created on first start,
 * readable by its owner only).
 *
 * @param value   the token
 * @param file    the file it was read from or written to, or {@code null} when it was given
 * @param created whether this start created it (so it is printed once)
 */
public record WriteToken(String value, Path file, boolean created) {
    public WriteToken {
        Objects.requireNonNull(value, "value");
    }

    /** The token file of a store: {@code dyad.duckdb.token} beside a DuckDB file. */
    public static Path fileFor(Path storeFile) {
        return storeFile.resolveSibling(storeFile.getFileName() + ".token");
    }

    /** The given token, or the one in {@code file}, or a new one written there. */
    static WriteToken resolve(String given, Path file) {
        if (given != null) {
            return new WriteToken(given.strip(), null, false);
        }
        try {
            if (Files.exists(file)) {
                String stored = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (stored.length() < 16) {
                    throw new IllegalStateException("the token file " + file + " holds no token of 16 or more"
                            + " characters; delete it to have a new one made");
                }
                return new WriteToken(stored, file, false);
            }
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            String token = HexFormat.of().formatHex(random);
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(file);
            }
            Files.writeString(file, token + "\n", StandardCharsets.UTF_8);
            return new WriteToken(token, file, true);
        } catch (FileAlreadyExistsException e) {
            return resolve(null, file);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read or create the token file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Whether a presented token is this one, in time independent of where they differ. */
    boolean matches(String presented) {
        return presented != null && MessageDigest.isEqual(value.getBytes(StandardCharsets.UTF_8),
                presented.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "WriteToken[" + (file == null ? "given" : file) + "]";
    }
}
