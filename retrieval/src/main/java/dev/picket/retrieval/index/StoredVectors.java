package dev.picket.retrieval.index;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The vectors the index stores with its passages, read back by passage id. */
final class StoredVectors {

    private final Searchers searchers;

    StoredVectors(Searchers searchers) {
        this.searchers = searchers;
    }

    /** The stored vectors of these passages; passages without one are left out. */
    Map<String, float[]> ofPassages(List<String> passageIds) {
        Map<String, float[]> out = new HashMap<>();
        searchers.stored(passageIds, Set.of(Schema.PASSAGE_ID, Schema.VECTOR_STORED), d -> {
            float[] v = Schema.floats(d.getBinaryValue(Schema.VECTOR_STORED));
            if (v != null) {
                out.put(d.get(Schema.PASSAGE_ID), v);
            }
        });
        return out;
    }

    /** The stored vectors of these passages' sentences, by sentence text. */
    Map<String, float[]> ofSentences(List<String> passageIds) {
        Map<String, float[]> out = new HashMap<>();
        searchers.stored(passageIds, Set.of(Schema.PASSAGE_ID, Schema.TEXT, Schema.SENTENCE_VECTORS), d -> {
            float[] all = Schema.floats(d.getBinaryValue(Schema.SENTENCE_VECTORS));
            List<String> sentences = searchers.sentences(d.get(Schema.PASSAGE_ID), d.get(Schema.TEXT));
            if (all == null || sentences.isEmpty() || all.length % sentences.size() != 0) {
                return;
            }
            int dim = all.length / sentences.size();
            for (int i = 0; i < sentences.size(); i++) {
                out.put(sentences.get(i), Arrays.copyOfRange(all, i * dim, (i + 1) * dim));
            }
        });
        return out;
    }
}
