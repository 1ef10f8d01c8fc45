package dev.picket.retrieval.index;

/** Hears of each article a sync writes, before the sync commits. */
@FunctionalInterface
public interface SyncProgress {

    SyncProgress NONE = articleId -> { };

    /** The article's passages are written to the index (not yet committed, so not yet searchable). */
    void written(String articleId);
}
