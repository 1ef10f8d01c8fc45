package dev.picket.retrieval.index;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;

/**
 * What was looked up in the reader searched now, by key: where a passage id lives, or a term's statistics and
 * places. Every hybrid answer looks up its best passages' stored vectors and its hits' neighbours by id, and
 * every BM25 query seeks each of its terms in the term dictionary; each look-up pushes frames, reads blocks and
 * opens postings (by id, a seventh of the bytes a distinct hybrid answer allocated, HybridCostBenchmark). What is
 * found holds for as long as the reader does: a refresh, which any change to the index makes, opens another
 * reader and so another key, and everything is looked up anew in it. Bounded, like {@link HitCache}.
 */
final class ReaderMemo<K, V> {

    interface Lookup<K, V> {
        /** The value of this key in the searcher's reader; may be null. */
        V in(IndexSearcher searcher, K key) throws IOException;
    }

    /** The values found in one reader; a key may map to null. */
    private record Found<K, V>(IndexReader.CacheKey reader, Map<K, V> byKey) {
    }

    private final int size;
    private final Lookup<K, V> lookup;
    private volatile Found<K, V> found;

    ReaderMemo(int size, Lookup<K, V> lookup) {
        this.size = size;
        this.lookup = lookup;
    }

    /** The value of this key in the searcher's reader: as found before in that reader, else looked up now. */
    V of(IndexSearcher searcher, K key) throws IOException {
        IndexReader.CacheHelper helper = searcher.getIndexReader().getReaderCacheHelper();
        if (helper == null) {
            return lookup.in(searcher, key);
        }
        Found<K, V> now = found;
        if (now == null || now.reader() != helper.getKey()) {
            now = new Found<>(helper.getKey(), bounded());
            found = now;
        }
        synchronized (now.byKey()) {
            if (now.byKey().containsKey(key)) {
                return now.byKey().get(key);
            }
        }
        V value = lookup.in(searcher, key);
        synchronized (now.byKey()) {
            now.byKey().put(key, value);
        }
        return value;
    }

    private Map<K, V> bounded() {
        return new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > size;
            }
        };
    }
}
