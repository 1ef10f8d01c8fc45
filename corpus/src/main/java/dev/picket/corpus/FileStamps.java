package dev.picket.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The size, modification time and file key of each corpus file as last read, with its sidecar row and content
 * hash, so a re-read of a large folder can take an untouched file's hash without reading it: the quick check
 * rsync makes by default. A file modified within {@link #SETTLE} of being read is not stamped, as a second edit
 * in the same clock tick would leave its time unchanged; it is read in full until it has been quiet that long.
 */
public final class FileStamps {

    static final Duration SETTLE = Duration.ofSeconds(2);

    private final Map<String, Entry> byName = new ConcurrentHashMap<>();
    // The sidecar as last parsed, with the warnings parsing gave: a large corpus's sources.csv took as long to
    // parse on each reload as all the other files' stamps together.
    private volatile SidecarEntry sidecar;

    /** The hash recorded for this file, when nothing about it or its sidecar row has changed since. */
    String hash(String name, BasicFileAttributes attributes, ArticleMetadata meta) {
        Entry e = byName.get(name);
        return e != null && e.stamp().equals(Stamp.of(attributes, meta)) ? e.hash() : null;
    }

    void record(String name, BasicFileAttributes attributes, ArticleMetadata meta, String hash, Instant readAt) {
        if (attributes.lastModifiedTime().toInstant().isBefore(readAt.minus(SETTLE))) {
            byName.put(name, new Entry(Stamp.of(attributes, meta), hash));
        } else {
            byName.remove(name);
        }
    }

    /** The sidecar, parsed again only when its size, time or file key changed or it had not settled when read. */
    Sidecar sidecar(Path file, List<String> warnings, Instant readAt) {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            sidecar = null;
            return Sidecar.read(file, warnings);
        }
        Stamp stamp = Stamp.of(a, ArticleMetadata.NONE);
        SidecarEntry last = sidecar;
        if (last != null && last.stamp().equals(stamp)) {
            warnings.addAll(last.warnings());
            return last.sidecar();
        }
        List<String> found = new ArrayList<>();
        Sidecar read = Sidecar.read(file, found);
        warnings.addAll(found);
        sidecar = a.isRegularFile() && a.lastModifiedTime().toInstant().isBefore(readAt.minus(SETTLE))
                ? new SidecarEntry(stamp, read, List.copyOf(found)) : null;
        return read;
    }

    /** Forgets files that are no longer in the folder. */
    void retain(Set<String> names) {
        byName.keySet().retainAll(names);
    }

    int size() {
        return byName.size();
    }

    // The time as two numbers, not an Instant: one object fewer for each of a large corpus's files.
    private record Stamp(long size, long modifiedSecond, int modifiedNano, Object fileKey, ArticleMetadata meta) {

        static Stamp of(BasicFileAttributes a, ArticleMetadata meta) {
            Instant modified = a.lastModifiedTime().toInstant();
            return new Stamp(a.size(), modified.getEpochSecond(), modified.getNano(), a.fileKey(),
                    Objects.requireNonNull(meta));
        }
    }

    private record Entry(Stamp stamp, String hash) {
    }

    private record SidecarEntry(Stamp stamp, Sidecar sidecar, List<String> warnings) {
    }
}
