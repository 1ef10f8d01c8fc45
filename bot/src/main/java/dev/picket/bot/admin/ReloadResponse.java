package dev.picket.bot.admin;

import java.time.Instant;
import java.util.List;

import dev.picket.bot.reload.ReloadReport;
import dev.picket.corpus.SkippedFile;

/** The body of {@code POST /api/admin/reload}. */
record ReloadResponse(boolean succeeded, String error, List<String> added, List<String> changed,
                      List<String> removed, List<SkippedFile> skipped, int unchanged, int passagesIndexed,
                      long generation, double durationMs, Instant finishedAt, List<String> warnings) {

    static ReloadResponse of(ReloadReport r) {
        return new ReloadResponse(r.succeeded(), r.error(), r.added(), r.changed(), r.removed(), r.skipped(),
                r.unchanged(), r.passagesIndexed(), r.generation(), r.duration().toNanos() / 10_000 / 100.0,
                r.finishedAt(), r.warnings());
    }
}
