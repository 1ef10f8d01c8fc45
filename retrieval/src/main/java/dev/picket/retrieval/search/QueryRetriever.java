package dev.picket.retrieval.search;

import java.util.List;

import dev.picket.retrieval.PassageRetriever;
import dev.picket.retrieval.SearchHit;

/**
 * A retriever that reads a query already analysed, so a question's terms and time intent are worked out once
 * for all the retrievers and refiners it passes through. Plain text still works: it is analysed on the way in.
 */
@FunctionalInterface
public interface QueryRetriever extends PassageRetriever {

    List<SearchHit> retrieve(SearchQuery query, int maxHits);

    @Override
    default List<SearchHit> retrieve(String question, int maxHits) {
        return retrieve(SearchQuery.of(question), maxHits);
    }

    /** {@code retriever} as one; one that reads only text is given the query's text. */
    static QueryRetriever of(PassageRetriever retriever) {
        return retriever instanceof QueryRetriever q ? q : (query, maxHits) -> retriever.retrieve(query.text(), maxHits);
    }
}
