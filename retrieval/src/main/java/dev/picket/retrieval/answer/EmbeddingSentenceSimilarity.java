package dev.picket.retrieval.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.picket.retrieval.SearchHit;
import dev.picket.retrieval.embed.Calibration;
import dev.picket.retrieval.embed.PassageEmbedder;
import dev.picket.retrieval.embed.Vectors;
import dev.picket.retrieval.index.PassageIndex;

/**
 * Cosine between the question's embedding and each sentence's. Sentence vectors come from the index when it
 * stores them; any other sentence is embedded once, in a batch with the other new ones, and remembered.
 */
public final class EmbeddingSentenceSimilarity implements SentenceSimilarity {

    /** The sentences of the passages questions keep landing on; at 384 floats each, about 30 MB at most. */
    private static final int CACHE_SIZE = 20_000;

    private final PassageEmbedder embedder;
    private final PassageIndex index;
    private final Map<String, float[]> vectors = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    EmbeddingSentenceSimilarity(PassageEmbedder embedder) {
        this(embedder, null);
    }

    /** Reads the sentence vectors the index stores before embedding any sentence. */
    public EmbeddingSentenceSimilarity(PassageEmbedder embedder, PassageIndex index) {
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.index = index;
    }

    @Override
    public List<Double> similarity(String question, List<SearchHit> passages, List<String> sentences) {
        List<Double> out = new ArrayList<>(sentences.size());
        if (sentences.isEmpty()) {
            return out;
        }
        // The question as a sentence, without a query instruction: a question and an answer sentence are texts of
        // one kind, and BGE chose the right sentence a little more often so (no difference for MiniLM).
        float[] q = embedder.embed(question);
        Map<String, float[]> stored = index == null ? Map.of()
                : index.sentenceVectors(passages.stream().map(SearchHit::passageId).toList());
        Map<String, float[]> known = new LinkedHashMap<>(stored);
        List<String> rest = sentences.stream().filter(s -> !stored.containsKey(s)).toList();
        if (!rest.isEmpty()) {
            known.putAll(vectors(rest));
        }
        for (String s : sentences) {
            out.add(Vectors.cosine(q, known.get(s)));
        }
        return out;
    }

    @Override
    public Calibration calibration() {
        return embedder.calibration();
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
