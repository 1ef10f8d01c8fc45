package dev.picket.retrieval.search;

import java.util.List;
import java.util.Objects;

import dev.picket.retrieval.SearchHit;
import dev.picket.retrieval.embed.PassageEmbedder;
import dev.picket.retrieval.index.PassageIndex;

/** kNN over the passage embeddings: finds passages close in meaning even when they share no words. */
public final class VectorRetriever implements QueryRetriever {

    private final PassageIndex index;
    private final PassageEmbedder embedder;

    public VectorRetriever(PassageIndex index, PassageEmbedder embedder) {
        this.index = Objects.requireNonNull(index, "index");
        this.embedder = Objects.requireNonNull(embedder, "embedder");
    }

    @Override
    public List<SearchHit> retrieve(SearchQuery query, int maxHits) {
        if (!PassageEmbedder.embeddable(query.meaning())) {
            return List.of();
        }
        return index.searchVector(embedder.embedQuery(query.meaning()), maxHits);
    }
}
