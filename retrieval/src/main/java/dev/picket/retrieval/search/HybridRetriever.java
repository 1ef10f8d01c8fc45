package dev.picket.retrieval.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.picket.retrieval.PassageRetriever;
import dev.picket.retrieval.SearchHit;

/**
 * Fuses the ranked lists of several retrievers by reciprocal rank fusion: a passage scores
 * {@code sum of 1 / (k + rank)} over the lists it appears in. Raw BM25 and cosine scores live on different
 * scales, so only ranks are combined.
 */
public final class HybridRetriever implements QueryRetriever {

    /** The usual constant from Cormack et al.; a larger k flattens the advantage of the very top ranks. */
    static final int DEFAULT_RRF_K = 60;
    static final int DEFAULT_CANDIDATES = 30;

    private final List<QueryRetriever> retrievers;
    private final List<Double> weights;
    private final int rrfK;
    private final int candidates;

    private HybridRetriever(Builder b) {
        if (b.retrievers.isEmpty()) {
            throw new IllegalArgumentException("at least one retriever is needed");
        }
        this.retrievers = List.copyOf(b.retrievers);
        this.weights = List.copyOf(b.weights);
        this.rrfK = b.rrfK;
        this.candidates = b.candidates;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public List<SearchHit> retrieve(SearchQuery query, int maxHits) {
        int depth = Math.max(maxHits, candidates);
        Map<String, SearchHit> hits = new LinkedHashMap<>();
        Map<String, Double> fused = new LinkedHashMap<>();
        for (int r = 0; r < retrievers.size(); r++) {
            List<SearchHit> ranked = retrievers.get(r).retrieve(query, depth);
            double weight = weights.get(r);
            for (int rank = 0; rank < ranked.size(); rank++) {
                SearchHit hit = ranked.get(rank);
                hits.putIfAbsent(hit.passageId(), hit);
                fused.merge(hit.passageId(), weight / (rrfK + rank + 1), Double::sum);
            }
        }
        List<SearchHit> out = new ArrayList<>(fused.size());
        fused.forEach((id, score) -> out.add(hits.get(id).withScore(score)));
        out.sort(Comparator.comparingDouble(SearchHit::score).reversed());
        return out.size() > maxHits ? List.copyOf(out.subList(0, maxHits)) : out;
    }

    public static final class Builder {
        private final List<QueryRetriever> retrievers = new ArrayList<>();
        private final List<Double> weights = new ArrayList<>();
        private int rrfK = DEFAULT_RRF_K;
        private int candidates = DEFAULT_CANDIDATES;

        private Builder() {
        }

        public Builder add(PassageRetriever retriever) {
            return add(retriever, 1);
        }

        /** Adds a list whose reciprocal ranks count this much (1 for an equal say). */
        public Builder add(PassageRetriever retriever, double weight) {
            if (!(weight > 0)) {
                throw new IllegalArgumentException("weight must be positive");
            }
            retrievers.add(QueryRetriever.of(Objects.requireNonNull(retriever, "retriever")));
            weights.add(weight);
            return this;
        }

        public Builder rrfK(int rrfK) {
            if (rrfK < 1) {
                throw new IllegalArgumentException("rrfK must be at least 1");
            }
            this.rrfK = rrfK;
            return this;
        }

        /** How deep each list is read before fusing. */
        public Builder candidates(int candidates) {
            if (candidates < 1) {
                throw new IllegalArgumentException("candidates must be at least 1");
            }
            this.candidates = candidates;
            return this;
        }

        public HybridRetriever build() {
            return new HybridRetriever(this);
        }
    }
}
