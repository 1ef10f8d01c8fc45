package dev.picket.corpus;

import java.util.List;
import java.util.Optional;

/** Every article of a corpus folder, without their texts, with the report of the read that listed them. */
public record CorpusListing(List<ArticleInfo> articles, IngestionReport report) {

    public CorpusListing {
        articles = List.copyOf(articles);
    }

    public int passageCount() {
        return articles.stream().mapToInt(ArticleInfo::passages).sum();
    }

    public Optional<ArticleInfo> article(String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst();
    }
}
