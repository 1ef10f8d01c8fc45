package dev.picket.retrieval.search;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.picket.retrieval.SearchHit;

/**
 * Makes ranking aware of time. A question about "now" or "the latest" favours recent articles; one that names
 * a month or year favours articles published then. Both are boosts, not filters: a 2024 article that looks back
 * on 2022 can still answer a question about 2022.
 *
 * <p>Works on ranks, not raw scores, so it treats BM25, vector and fused lists alike: each hit starts from
 * {@code 1 / (K + rank)} and is multiplied by its boosts.
 *
 * <p>A tie goes to the better original rank. Ties are not rare: the period boost makes rank 5 exactly level with
 * an unboosted rank 0 ({@code 1.5 / 15 == 1 / 10}), and then the retriever's own order is the better evidence.
 */
public final class TimePrior implements HitRefiner {

    static final double RANK_K = 10;
    /** Lifts a hit from the named period about five places at the top of the list. */
    static final double PERIOD_BOOST = 1.5;
    /** The newest candidate gains this share; one a half-life older gains half of it. */
    static final double RECENCY_BOOST = 0.6;
    static final double RECENCY_HALF_LIFE_DAYS = 180;

    @Override
    public List<SearchHit> refine(SearchQuery query, List<SearchHit> hits) {
        TimeIntent intent = query.when();
        if (intent.isEmpty() || hits.size() < 2) {
            return hits;
        }
        LocalDate newest = hits.stream().map(SearchHit::published).filter(d -> d != null)
                .max(Comparator.naturalOrder()).orElse(null);
        List<Ranked> ranked = new ArrayList<>(hits.size());
        for (int rank = 0; rank < hits.size(); rank++) {
            SearchHit hit = hits.get(rank);
            double score = 1 / (RANK_K + rank);
            if (intent.inPeriod(hit.published())) {
                score *= PERIOD_BOOST;
            }
            if (intent.recent() && newest != null && hit.published() != null) {
                double age = ChronoUnit.DAYS.between(hit.published(), newest);
                score *= 1 + RECENCY_BOOST * Math.pow(0.5, age / RECENCY_HALF_LIFE_DAYS);
            }
            ranked.add(new Ranked(hit.withScore(score), rank));
        }
        ranked.sort(Comparator.comparingDouble((Ranked r) -> r.hit().score()).reversed()
                .thenComparingInt(Ranked::rank));
        return ranked.stream().map(Ranked::hit).toList();
    }

    /** A hit with its new score and its place in the list it came in. */
    private record Ranked(SearchHit hit, int rank) {
    }
}
