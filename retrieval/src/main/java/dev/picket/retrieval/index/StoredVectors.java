package dev.picket.retrieval.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;

/**
 * The vectors the index stores with its passages, read back by passage id. Every hybrid answer reads them for its
 * few best passages; each passage is found from its id's postings and its vectors, once decompressed and split by
 * sentence, kept by segment and document, as {@link HitCache} keeps hits: a segment never changes once written.
 */
final class StoredVectors {

    /** At a passage vector and about five sentence vectors of 384 floats each, about 10 MB at most. */
    private static final int SIZE = 1_024;
    private static final Set<String> FIELDS = Set.of(Schema.PASSAGE_ID, Schema.TEXT, Schema.VECTOR_STORED,
            Schema.SENTENCE_VECTORS);

    private record Key(IndexReader.CacheKey segment, int doc) {
    }

    /** One passage's vectors: its own (or null), and its sentences' by sentence (empty without). */
    private record Held(float[] passage, List<String> sentences, float[][] bySentence) {
    }

    private final Searchers searchers;
    private final Map<Key, Held> recent = new LinkedHashMap<>(SIZE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Held> eldest) {
            return size() > SIZE;
        }
    };

    StoredVectors(Searchers searchers) {
        this.searchers = searchers;
    }

    /** The stored vectors of these passages; passages without one are left out. */
    Map<String, float[]> ofPassages(List<String> passageIds) {
        Map<String, float[]> out = new HashMap<>();
        each(passageIds, (id, held) -> {
            if (held.passage() != null) {
                out.put(id, held.passage());
            }
        });
        return out;
    }

    /** The stored vectors of these passages' sentences, by sentence text. */
    Map<String, float[]> ofSentences(List<String> passageIds) {
        Map<String, float[]> out = new HashMap<>();
        each(passageIds, (id, held) -> {
            for (int i = 0; i < held.sentences().size(); i++) {
                out.put(held.sentences().get(i), held.bySentence()[i]);
            }
        });
        return out;
    }

    private void each(List<String> passageIds, BiConsumer<String, Held> each) {
        if (passageIds.isEmpty()) {
            return;
        }
        searchers.with(searcher -> {
            for (String id : new LinkedHashSet<>(passageIds)) {
                Searchers.Located at = searchers.located(searcher, id);
                if (at != null) {
                    each.accept(id, held(at));
                }
            }
            return null;
        });
    }

    private Held held(Searchers.Located at) throws IOException {
        IndexReader.CacheHelper helper = at.segment().getCoreCacheHelper();
        if (helper == null) {
            return read(at);
        }
        Key key = new Key(helper.getKey(), at.doc());
        Held held;
        synchronized (recent) {
            held = recent.get(key);
        }
        if (held == null) {
            held = read(at);
            synchronized (recent) {
                recent.put(key, held);
            }
        }
        return held;
    }

    private Held read(Searchers.Located at) throws IOException {
        Document d = at.segment().storedFields().document(at.doc(), FIELDS);
        float[] passage = Schema.floats(d.getBinaryValue(Schema.VECTOR_STORED));
        float[] all = Schema.floats(d.getBinaryValue(Schema.SENTENCE_VECTORS));
        List<String> sentences = all == null ? List.of()
                : searchers.sentences(d.get(Schema.PASSAGE_ID), d.get(Schema.TEXT));
        if (sentences.isEmpty() || all.length % sentences.size() != 0) {
            return new Held(passage, List.of(), new float[0][]);
        }
        int dim = all.length / sentences.size();
        float[][] bySentence = new float[sentences.size()][];
        Arrays.setAll(bySentence, i -> Arrays.copyOfRange(all, i * dim, (i + 1) * dim));
        return new Held(passage, sentences, bySentence);
    }
}
