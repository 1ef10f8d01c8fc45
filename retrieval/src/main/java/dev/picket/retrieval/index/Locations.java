package dev.picket.retrieval.index;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;

/**
 * Where passages were found, by id, in the reader searched now. Every hybrid answer looks up its best passages'
 * stored vectors and its hits' neighbours by id, and each look-up seeks the id in the terms of every segment and
 * opens its postings: a seventh of the bytes a distinct question allocated in the server. A passage's place holds
 * for as long as the reader does (a refresh, which any change to the index makes, opens another reader and so
 * another key), so ids are found again only after one. Bounded, like {@link HitCache}.
 */
final class Locations {

    private static final int SIZE = 8_192;

    /** The places found in one reader; null for an id it does not hold. */
    private record Found(IndexReader.CacheKey reader, Map<String, Searchers.Located> byId) {
    }

    private volatile Found found;

    /** The live document of this passage id in the searcher's reader; null when there is none. */
    Searchers.Located of(IndexSearcher searcher, String passageId) throws IOException {
        IndexReader.CacheHelper helper = searcher.getIndexReader().getReaderCacheHelper();
        if (helper == null) {
            return Searchers.locate(searcher, passageId);
        }
        Found now = found;
        if (now == null || now.reader() != helper.getKey()) {
            now = new Found(helper.getKey(), bounded());
            found = now;
        }
        synchronized (now.byId()) {
            if (now.byId().containsKey(passageId)) {
                return now.byId().get(passageId);
            }
        }
        Searchers.Located at = Searchers.locate(searcher, passageId);
        synchronized (now.byId()) {
            now.byId().put(passageId, at);
        }
        return at;
    }

    private static Map<String, Searchers.Located> bounded() {
        return new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Searchers.Located> eldest) {
                return size() > SIZE;
            }
        };
    }
}
