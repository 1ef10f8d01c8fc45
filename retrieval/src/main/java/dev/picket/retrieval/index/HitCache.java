package dev.picket.retrieval.index;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.picket.retrieval.SearchHit;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;

/**
 * Recently read passages by segment and document: a segment never changes once written, so a document found
 * again is the same passage, and its stored fields need not be decompressed and parsed again. Every question
 * reads ~30 candidates, and questions on one topic keep finding the same ones. Bounded, like {@link FeatureCache}.
 */
final class HitCache {

    private static final int SIZE = 4_096;

    private record Key(IndexReader.CacheKey segment, int doc) {
    }

    private final Map<Key, SearchHit> recent = new LinkedHashMap<>(SIZE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, SearchHit> eldest) {
            return size() > SIZE;
        }
    };

    interface Read {
        SearchHit hit() throws IOException;
    }

    /** The passage at this document of the segment, with this score: as read before, else read now. */
    SearchHit of(LeafReader segment, int doc, double score, Read read) throws IOException {
        IndexReader.CacheHelper helper = segment.getCoreCacheHelper();
        if (helper == null) {
            return read.hit().withScore(score);
        }
        Key key = new Key(helper.getKey(), doc);
        SearchHit held;
        synchronized (recent) {
            held = recent.get(key);
        }
        if (held == null) {
            held = read.hit();
            synchronized (recent) {
                recent.put(key, held);
            }
        }
        return held.score() == score ? held : held.withScore(score);
    }
}
