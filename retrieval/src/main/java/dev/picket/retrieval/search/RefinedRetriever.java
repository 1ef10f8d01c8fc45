package dev.picket.retrieval.search;

import java.util.List;
import java.util.Objects;

import dev.picket.retrieval.PassageRetriever;
import dev.picket.retrieval.SearchHit;

/**
 * A retriever followed by refiners (time prior, duplicate removal). It reads deeper than asked, so a refiner
 * can promote a passage from below the cut or drop one without leaving the list short.
 */
public final class RefinedRetriever implements QueryRetriever {

    static final int MIN_CANDIDATES = 30;

    private final QueryRetriever base;
    private final List<HitRefiner> refiners;

    public RefinedRetriever(PassageRetriever base, List<HitRefiner> refiners) {
        this.base = QueryRetriever.of(Objects.requireNonNull(base, "base"));
        this.refiners = List.copyOf(refiners);
    }

    @Override
    public List<SearchHit> retrieve(SearchQuery query, int maxHits) {
        List<SearchHit> hits = base.retrieve(query, Math.max(maxHits * 3, MIN_CANDIDATES));
        for (HitRefiner refiner : refiners) {
            hits = refiner.refine(query, hits);
        }
        return hits.size() > maxHits ? List.copyOf(hits.subList(0, maxHits)) : hits;
    }
}
