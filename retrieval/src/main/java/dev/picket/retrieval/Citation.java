package dev.picket.retrieval;

import java.time.LocalDate;

/**
 * A numbered source of an answer: the {@code [n]} markers in the answer text point here.
 *
 * @param n         the marker number, from 1, in order of first use in the answer
 * @param passage   the full text of the cited passage
 */
public record Citation(int n, String articleId, String passageId, String title, String source, LocalDate published,
                       String url, String passage) {

    public static Citation of(int n, SearchHit hit) {
        return new Citation(n, hit.articleId(), hit.passageId(), hit.title(), hit.source(), hit.published(),
                hit.url(), hit.text());
    }
}
