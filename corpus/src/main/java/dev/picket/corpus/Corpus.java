package dev.picket.corpus;

import java.util.List;

/** The articles read from a corpus folder, with the report of that read. */
public record Corpus(List<Article> articles, IngestionReport report) {

    public Corpus {
        articles = List.copyOf(articles);
    }

    /** The articles without their texts. */
    public CorpusListing listing() {
        return new CorpusListing(articles.stream().map(Article::info).toList(), report);
    }

    public int passageCount() {
        return articles.stream().mapToInt(a -> a.passages().size()).sum();
    }
}
