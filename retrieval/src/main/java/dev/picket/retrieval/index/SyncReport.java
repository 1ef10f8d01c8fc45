package dev.picket.retrieval.index;

import java.util.List;

/**
 * What one sync of the index against a corpus changed.
 *
 * @param added            ids of articles new to the index
 * @param changed          ids of articles whose content hash differed
 * @param removed          ids of articles no longer in the corpus
 * @param unchanged        how many articles were kept as they were
 * @param passagesIndexed  passages written by this sync
 * @param passagesEmbedded passages this sync had to embed, the rest came from the embedding cache
 */
public record SyncReport(List<String> added, List<String> changed, List<String> removed, int unchanged,
                         int passagesIndexed, int passagesEmbedded) {

    public SyncReport(List<String> added, List<String> changed, List<String> removed, int unchanged,
                      int passagesIndexed) {
        this(added, changed, removed, unchanged, passagesIndexed, 0);
    }

    public SyncReport {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
    }

    public boolean isNoOp() {
        return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
    }
}
