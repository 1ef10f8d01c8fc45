package dev.picket.retrieval.search;

import java.util.List;

import dev.picket.retrieval.SearchHit;

/** Reorders or thins a ranked list of passages for a question; the list stays best first. */
@FunctionalInterface
public interface HitRefiner {

    List<SearchHit> refine(SearchQuery query, List<SearchHit> hits);
}
