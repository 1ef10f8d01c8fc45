package dev.picket.retrieval.embed;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Remembers the vectors of the last few single texts, so a question embedded for kNN search is not embedded
 * again when the answerer weighs its evidence. Batches (passages at indexing time) pass straight through. A
 * question is remembered by the text the model sees, its query instruction included: with an asymmetric model it
 * is remembered apart from the same words as a sentence, with a symmetric one it is embedded once for both.
 */
public final class MemoisingEmbedder implements PassageEmbedder {

    private static final int SIZE = 256;

    private final PassageEmbedder delegate;
    private final Map<String, float[]> recent = new LinkedHashMap<>(SIZE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > SIZE;
        }
    };

    public MemoisingEmbedder(PassageEmbedder delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        return delegate.embed(texts);
    }

    @Override
    public float[] embed(String text) {
        synchronized (recent) {
            float[] v = recent.get(text);
            if (v != null) {
                return v;
            }
        }
        float[] v = delegate.embed(text);
        synchronized (recent) {
            recent.put(text, v);
        }
        return v;
    }

    @Override
    public String queryInstruction() {
        return delegate.queryInstruction();
    }

    @Override
    public String name() {
        return delegate.name();
    }

    @Override
    public Calibration calibration() {
        return delegate.calibration();
    }
}
