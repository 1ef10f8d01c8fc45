package dev.picket.bot.reload;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.picket.corpus.SkippedFile;

/**
 * What one reload did. A failed reload changed nothing that is served; {@code error} says why.
 *
 * @param succeeded        whether the new index (or the unchanged old one) is committed and served
 * @param added            files new to the index
 * @param changed          files whose content or sidecar row changed, re-indexed
 * @param removed          files gone from the folder, their passages dropped (an article id when the name is unknown)
 * @param skipped          files that could not be read, each with its reason
 * @param unchanged        how many articles kept their passages as they were
 * @param passagesIndexed  passages written by this reload
 * @param generation       the served index generation after the reload
 * @param duration         from reading the folder to serving the result
 * @param finishedAt       when it ended
 * @param error            why the reload failed, or null
 * @param warnings         problems that did not stop a file loading, such as a malformed sidecar row
 */
public record ReloadReport(boolean succeeded, List<String> added, List<String> changed, List<String> removed,
                           List<SkippedFile> skipped, int unchanged, int passagesIndexed, long generation,
                           Duration duration, Instant finishedAt, String error, List<String> warnings) {

    public ReloadReport {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
    }

    static ReloadReport failed(String error, long generation, Duration duration, Instant finishedAt) {
        return new ReloadReport(false, List.of(), List.of(), List.of(), List.of(), 0, 0, generation, duration,
                finishedAt, error, List.of());
    }

    /** Whether the served index changed. */
    public boolean changedIndex() {
        return succeeded && !(added.isEmpty() && changed.isEmpty() && removed.isEmpty());
    }
}
