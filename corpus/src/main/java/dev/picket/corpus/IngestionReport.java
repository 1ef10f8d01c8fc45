package dev.picket.corpus;

import java.time.Instant;
import java.util.List;

/**
 * What one read of the corpus folder found.
 *
 * @param finishedAt when the read ended
 * @param loaded     the file names that became articles
 * @param skipped    the files that did not, each with its reason
 * @param warnings   problems that did not stop a file loading, such as a malformed sidecar row
 */
public record IngestionReport(Instant finishedAt, List<String> loaded, List<SkippedFile> skipped,
                              List<String> warnings) {

    public IngestionReport {
        loaded = List.copyOf(loaded);
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
    }
}
