package dev.picket.corpus;

import java.util.Objects;

/**
 * A run of whole sentences from one article, the unit that is indexed, retrieved and cited.
 *
 * @param id        the article id, then {@code #} and the ordinal, e.g. {@code 000_49e35b76aa9f111b#3}
 * @param articleId the id of the article it comes from
 * @param ordinal   its position in the article, from 0
 * @param text      the passage text
 */
public record Passage(String id, String articleId, int ordinal, String text) {

    public Passage {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(text, "text");
        if (!id.equals(idOf(articleId, ordinal))) {
            throw new IllegalArgumentException("passage id " + id + " does not match " + articleId + "#" + ordinal);
        }
    }

    public static String idOf(String articleId, int ordinal) {
        return articleId + "#" + ordinal;
    }

    public int wordCount() {
        return Words.count(text);
    }
}
