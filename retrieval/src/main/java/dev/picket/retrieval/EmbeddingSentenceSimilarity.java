package dev.picket.retrieval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Cosine between the question's embedding and each sentence's. Sentence vectors are remembered by text, so a
 * sentence is embedded once, in a batch with the other new ones, and later questions about the same passages
 * pay only for their own embedding.
 */
public final class EmbeddingSentenceSimilarity implements SentenceSimilarity {

    /** The sentences of the passages questions keep landing on; at 384 floats each, about 30 MB at most. */
    private static final int CACHE_SIZE = 20_000;

    private final PassageEmbedder embedder;
    private final Map<String, float[]> vectors = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    public EmbeddingSentenceSimilarity(PassageEmbedder embedder) {
        this.embedder = Objects.requireNonNull(embedder, "embedder");
    }

    @Override
    public List<Double> similarity(String question, List<String> sentences) {
        List<Double> out = new ArrayList<>(sentences.size());
        if (sentences.isEmpty()) {
            return out;
        }
        float[] q = embedder.embed(question);
        Map<String, float[]> known = vectors(sentences);
        for (String s : sentences) {
            out.add(Vectors.cosine(q, known.get(s)));
        }
        return out;
    }

    private Map<String, float[]> vectors(List<String> sentences) {
        Map<String, float[]> known = new LinkedHashMap<>();
        Set<String> missing = new LinkedHashSet<>();
        synchronized (vectors) {
            for (String s : sentences) {
                float[] v = vectors.get(s);
                if (v != null) {
                    known.put(s, v);
                } else {
                    missing.add(s);
                }
            }
        }
        if (!missing.isEmpty()) {
            List<String> batch = List.copyOf(missing);
            List<float[]> embedded = embedder.embed(batch);
            synchronized (vectors) {
                for (int i = 0; i < batch.size(); i++) {
                    vectors.put(batch.get(i), embedded.get(i));
                    known.put(batch.get(i), embedded.get(i));
                }
            }
        }
        return known;
    }
}
