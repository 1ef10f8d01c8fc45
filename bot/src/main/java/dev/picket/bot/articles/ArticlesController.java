package dev.picket.bot.articles;

import java.time.LocalDate;
import java.util.List;

import dev.picket.bot.index.KnowledgeBase;
import dev.picket.corpus.ArticleInfo;
import dev.picket.corpus.IngestionReport;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What the index holds: each article's metadata and passage count, and the last ingestion report. */
@RestController
class ArticlesController {

    private final KnowledgeBase knowledge;

    ArticlesController(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    @GetMapping(path = "/api/articles", produces = MediaType.APPLICATION_JSON_VALUE)
    ArticlesResponse articles() {
        return knowledge.loaded()
                .map(s -> new ArticlesResponse(s.corpus().articles().stream().map(ArticleSummary::of).toList(),
                        s.corpus().articles().size(), s.corpus().passageCount(), s.corpus().report()))
                .orElseGet(() -> new ArticlesResponse(List.of(), knowledge.index().articleCount(),
                        knowledge.index().passageCount(), null));
    }

    record ArticlesResponse(List<ArticleSummary> articles, int articleCount, int passageCount,
                            IngestionReport ingestion) {
    }

    record ArticleSummary(String id, String fileName, String title, String source, LocalDate published, String url,
                          int passages, String contentHash) {

        static ArticleSummary of(ArticleInfo a) {
            return new ArticleSummary(a.id(), a.fileName(), a.title(), a.source(), a.published(), a.url(),
                    a.passages(), a.contentHash());
        }
    }
}
