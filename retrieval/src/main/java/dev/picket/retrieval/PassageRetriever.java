package dev.picket.retrieval;

import java.util.List;

/** Finds the passages most likely to answer a question. */
@FunctionalInterface
public interface PassageRetriever {

    /**
     * @param question the user's text, taken literally; never parsed as query syntax
     * @param maxHits  the most passages to return
     * @return the passages, best first; empty when nothing matches
     */
    List<SearchHit> retrieve(String question, int maxHits);
}
