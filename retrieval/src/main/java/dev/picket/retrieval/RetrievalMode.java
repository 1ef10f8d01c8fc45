package dev.picket.retrieval;

import java.util.List;
import java.util.Locale;

import dev.picket.retrieval.answer.EmbeddingSentenceSimilarity;
import dev.picket.retrieval.answer.EmbeddingSimilarity;
import dev.picket.retrieval.answer.Equivalences;
import dev.picket.retrieval.answer.ExtractiveAnswerer;
import dev.picket.retrieval.embed.PassageEmbedder;
import dev.picket.retrieval.index.PassageIndex;
import dev.picket.retrieval.search.Bm25Retriever;
import dev.picket.retrieval.search.HybridRetriever;
import dev.picket.retrieval.search.NearDuplicateFilter;
import dev.picket.retrieval.search.RefinedRetriever;
import dev.picket.retrieval.search.TimePrior;
import dev.picket.retrieval.search.VectorRetriever;

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

    /**
     * The retriever for this mode over the index, with the time prior and near-duplicate removal every mode
     * shares, so modes differ only in how they find candidates.
     *
     * @param embedder the question embedder; unused, and may be null, for BM25
     */
    public PassageRetriever retriever(PassageIndex index, PassageEmbedder embedder) {
        PassageRetriever base = switch (this) {
            case BM25 -> new Bm25Retriever(index);
            case VECTOR -> new VectorRetriever(index, embedder);
            case HYBRID -> HybridRetriever.builder().add(new Bm25Retriever(index))
                    .add(new VectorRetriever(index, embedder)).build();
        };
        return new RefinedRetriever(base, List.of(new TimePrior(), new NearDuplicateFilter()));
    }

    /**
     * An extractive answerer over this mode's retriever, reading hits' neighbours and matching domain
     * equivalents; with vectors its evidence blends term coverage with closeness in meaning, which has its own
     * calibrated threshold, and sentences are chosen by meaning too.
     */
    public ExtractiveAnswerer.Builder answerer(PassageIndex index, PassageEmbedder embedder,
                                               PassageRetriever retriever) {
        ExtractiveAnswerer.Builder b = ExtractiveAnswerer.builder().retriever(retriever).stats(index).neighbours(index)
                .equivalences(Equivalences.bundled());
        return needsVectors() ? b.similarity(new EmbeddingSimilarity(index, embedder))
                .sentenceSimilarity(new EmbeddingSentenceSimilarity(embedder, index)) : b;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
