package dev.picket.bot.ask;

import java.time.LocalDate;
import java.util.List;

import dev.picket.retrieval.SearchHit;

/** The body of {@code GET /api/search}: the ranked passages with their scores. */
record SearchResponse(String query, List<Hit> hits, double retrievalMs) {

    record Hit(int rank, double score, String passageId, String articleId, int ordinal, String title, String source,
               LocalDate published, String url, String passage) {

        static Hit of(int rank, SearchHit h) {
            return new Hit(rank, Math.round(h.score() * 10_000) / 10_000.0, h.passageId(), h.articleId(), h.ordinal(),
                    h.title(), h.source(), h.published(), h.url(), h.text());
        }
    }
}
