package dev.picket.bot.articles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import dev.picket.corpus.Sidecar;

/**
 * The corpus folder's {@code removed/}: where a removed or replaced article goes with its sidecar row, so nothing
 * is ever deleted. A sub-folder, so a reload never reads it. A name kept twice gets a time stamp the second time.
 */
final class RemovedFolder {

    static final String NAME = "removed";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);

    private final Clock clock;

    RemovedFolder(Clock clock) {
        this.clock = clock;
    }

    /** Moves the file and its row out of the corpus; returns where it went, relative to the corpus folder. */
    String move(Path dir, String name) throws IOException {
        Path dest = keepRow(dir, name);
        Files.move(dir.resolve(name), dest, StandardCopyOption.ATOMIC_MOVE);
        Sidecar.removeRow(dir, name);
        return NAME + "/" + dest.getFileName();
    }

    /** Copies the file and its row, as an upload is about to replace it; returns where the copy is. */
    String copy(Path dir, String name) throws IOException {
        Path dest = keepRow(dir, name);
        Files.copy(dir.resolve(name), dest, StandardCopyOption.COPY_ATTRIBUTES);
        return NAME + "/" + dest.getFileName();
    }

    // The row goes first: should the file's move fail, a spare row in removed/ does no harm.
    private Path keepRow(Path dir, String name) throws IOException {
        Path removedDir = Files.createDirectories(dir.resolve(NAME));
        Path dest = removedDir.resolve(name);
        if (Files.exists(dest)) {
            int dot = name.lastIndexOf('.') < 0 ? name.length() : name.lastIndexOf('.');
            dest = removedDir.resolve(name.substring(0, dot) + "." + STAMP.format(clock.instant())
                    + name.substring(dot));
        }
        Sidecar.copyRow(dir, name, removedDir, dest.getFileName().toString());
        return dest;
    }
}
