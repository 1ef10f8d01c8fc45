package dev.picket.corpus;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Articles already read, by file name and a fingerprint of the file's bytes and sidecar row. Given to
 * {@link CorpusReader#read(java.nio.file.Path, ArticleCache)}, it lets a re-read of a large folder clean and
 * split only the files that changed. Cleaning and splitting depend on nothing else, so a hit is the same article
 * a fresh read would give.
 */
public final class ArticleCache {

    private final Map<String, Entry> byFile = new ConcurrentHashMap<>();

    Article get(String fileName, String fingerprint) {
        Entry e = byFile.get(fileName);
        return e != null && e.fingerprint().equals(fingerprint) ? e.article() : null;
    }

    void put(String fileName, String fingerprint, Article article) {
        byFile.put(fileName, new Entry(fingerprint, article));
    }

    /** Forgets files no longer in the folder. */
    void retain(Set<String> fileNames) {
        byFile.keySet().retainAll(fileNames);
    }

    public int size() {
        return byFile.size();
    }

    private record Entry(String fingerprint, Article article) {
    }
}
