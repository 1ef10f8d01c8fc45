package dev.picket.retrieval;

import java.util.Optional;

/** Finds a passage by its place in an article, to show a hit's neighbours. */
@FunctionalInterface
public interface PassageLookup {

    Optional<SearchHit> passage(String articleId, int ordinal);
}
