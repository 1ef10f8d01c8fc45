package dev.picket.bot.discord.feedback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import dev.picket.bot.discord.ReferenceIds;

/** The secret salt of user-id hashes, kept in its own file and made on first use. */
public final class SaltFile {

    private SaltFile() {
    }

    public static String load(Path file) {
        try {
            if (Files.exists(file)) {
                String salt = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (!salt.isEmpty()) {
                    return salt;
                }
            }
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            String salt = ReferenceIds.randomHex(32);
            Files.writeString(file, salt + "\n", StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system; the file keeps the folder's default permissions.
            }
            return salt;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the feedback salt " + file + ": " + e.getMessage(), e);
        }
    }
}
