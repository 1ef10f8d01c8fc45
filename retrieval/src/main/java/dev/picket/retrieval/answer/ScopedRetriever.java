package dev.picket.retrieval.answer;

import java.util.List;
import java.util.Objects;

import dev.picket.retrieval.PassageRetriever;
import dev.picket.retrieval.SearchHit;
import dev.picket.retrieval.index.PassageLookup;

/**
 * A retriever that keeps only passages of picket's subject ({@link Scope}), read from twice as deep: what an LLM
 * is given to answer from, so it answers about the subject as the extractive answerer does, and declines a
 * question only another sector's articles cover.
 */
public final class ScopedRetriever implements PassageRetriever {

    private final PassageRetriever retriever;
    private final Scope scope;
    private final PassageLookup lookup;

    /** @param lookup reads an article's first passage, which with its headline says what it is about */
    public ScopedRetriever(PassageRetriever retriever, Scope scope, PassageLookup lookup) {
        this.retriever = Objects.requireNonNull(retriever, "retriever");
        this.scope = Objects.requireNonNull(scope, "scope");
        this.lookup = lookup;
    }

    @Override
    public List<SearchHit> retrieve(String question, int maxHits) {
        if (scope.isEverything()) {
            return retriever.retrieve(question, maxHits);
        }
        List<SearchHit> kept = scope.inScope(retriever.retrieve(question, 2 * maxHits), lookup);
        return kept.subList(0, Math.min(maxHits, kept.size()));
    }
}
