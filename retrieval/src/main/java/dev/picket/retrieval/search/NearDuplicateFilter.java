package dev.picket.retrieval.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.picket.retrieval.SearchHit;
import dev.picket.retrieval.index.PassageFeatures;
import dev.picket.retrieval.index.PassageLookup;

/**
 * Drops passages that repeat another hit's text from a different article, such as the same agency copy run by
 * two outlets. Of a group of copies the earliest published one is kept, at the best rank any of them had. The
 * passages' word 4-grams are hashed when they are indexed ({@link PassageFeatures}), so no text is read here.
 */
public final class NearDuplicateFilter implements HitRefiner {

    /** Share of shared word 4-grams from which two passages count as copies; edited wire copy stays above it. */
    static final double MIN_OVERLAP = 0.5;

    private final PassageLookup features;

    /** Reads each hit's features from the index that found it. */
    public NearDuplicateFilter(PassageLookup features) {
        this.features = features;
    }

    /** Works each hit's features out from its text. */
    public NearDuplicateFilter() {
        this((articleId, ordinal) -> Optional.empty());
    }

    @Override
    public List<SearchHit> refine(SearchQuery query, List<SearchHit> hits) {
        List<SearchHit> kept = new ArrayList<>(hits.size());
        List<PassageFeatures> keptFeatures = new ArrayList<>(hits.size());
        for (SearchHit hit : hits) {
            PassageFeatures passage = features.features(hit);
            int copyOf = -1;
            for (int i = 0; i < kept.size() && copyOf < 0; i++) {
                if (!kept.get(i).articleId().equals(hit.articleId())
                        && keptFeatures.get(i).copies(passage, MIN_OVERLAP)) {
                    copyOf = i;
                }
            }
            if (copyOf < 0) {
                kept.add(hit);
                keptFeatures.add(passage);
            } else if (earlier(hit.published(), kept.get(copyOf).published())) {
                kept.set(copyOf, hit.withScore(kept.get(copyOf).score()));
                keptFeatures.set(copyOf, passage);
            }
        }
        return kept;
    }

    private static boolean earlier(LocalDate a, LocalDate b) {
        return a != null && (b == null || a.isBefore(b));
    }
}
