package dev.picket.retrieval;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One retrieved passage with the metadata a citation needs.
 *
 * @param passageId the passage id, {@code articleId#ordinal}
 * @param articleId the article it comes from
 * @param ordinal   its position in the article, from 0
 * @param title     the article's headline
 * @param source    the outlet
 * @param published the article's publication date, or null when unknown
 * @param url       the article's address, or null
 * @param text      the passage text
 * @param score     the retrieval score; only comparable within one result list
 */
public record SearchHit(String passageId, String articleId, int ordinal, String title, String source,
                        LocalDate published, String url, String text, double score) {

    public SearchHit {
        Objects.requireNonNull(passageId, "passageId");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(text, "text");
    }

    public SearchHit withScore(double newScore) {
        return new SearchHit(passageId, articleId, ordinal, title, source, published, url, text, newScore);
    }
}
