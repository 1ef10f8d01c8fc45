package dev.picket.retrieval.index;

import java.util.Optional;

import dev.picket.retrieval.SearchHit;

/** Finds a passage by its place in an article, to show a hit's neighbours. */
@FunctionalInterface
public interface PassageLookup {

    Optional<SearchHit> passage(String articleId, int ordinal);
}
