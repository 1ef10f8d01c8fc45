package dev.picket.retrieval;

import java.util.Locale;

/** How passages are found: by words (BM25), by meaning (vectors), or both fused. */
public enum RetrievalMode {
    BM25, VECTOR, HYBRID;

    public static RetrievalMode of(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("retrieval mode must be bm25, vector or hybrid, not " + name);
        }
    }

    public boolean needsVectors() {
        return this != BM25;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
