package dev.picket.retrieval.search;

import java.util.List;
import java.util.Objects;

import dev.picket.retrieval.SearchHit;
import dev.picket.retrieval.index.PassageIndex;

/**
 * BM25 over the passage text, with a light boost when a term is also in the headline (how the index scores the
 * terms is {@link PassageIndex#bm25}). The question's words are analysed into terms, and a misspelt one is
 * replaced by the index's nearest term, so no character of the question is ever query syntax.
 */
public final class Bm25Retriever implements QueryRetriever {

    private final PassageIndex index;

    public Bm25Retriever(PassageIndex index) {
        this.index = Objects.requireNonNull(index, "index");
    }

    @Override
    public List<SearchHit> retrieve(SearchQuery query, int maxHits) {
        List<String> terms = query.spelledBy(index).stream().distinct().toList();
        if (terms.isEmpty()) {
            return List.of();
        }
        return index.bm25(terms, maxHits);
    }
}
