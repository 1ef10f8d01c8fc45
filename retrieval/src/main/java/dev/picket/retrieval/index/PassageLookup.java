package dev.picket.retrieval.index;

import java.util.Optional;

import dev.picket.retrieval.SearchHit;

/** Finds a passage by its place in an article, to show a hit's neighbours, and what its text holds. */
@FunctionalInterface
public interface PassageLookup {

    Optional<SearchHit> passage(String articleId, int ordinal);

    /** The hit's sentences, terms and shingles; the index reads them stored, this default works them out. */
    default PassageFeatures features(SearchHit hit) {
        return PassageFeatures.of(hit.title(), hit.text());
    }
}
