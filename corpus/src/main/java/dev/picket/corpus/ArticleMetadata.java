package dev.picket.corpus;

import java.time.LocalDate;

/** One row of the {@code sources.csv} sidecar: what a moderator says about a file. Any field may be null. */
record ArticleMetadata(String source, LocalDate published, String title, String url) {

    static final ArticleMetadata NONE = new ArticleMetadata(null, null, null, null);
}
