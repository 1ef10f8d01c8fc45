package dev.picket.bot.articles;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.picket.bot.api.BadRequestException;
import dev.picket.bot.index.KnowledgeBase;
import dev.picket.corpus.ArticleInfo;
import dev.picket.corpus.IngestionReport;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the index holds: each article's metadata and passage count, a page at a time (a large corpus would
 * otherwise be a response of tens of megabytes), the last ingestion report, and the running reload's figures (the
 * test page's progress bar).
 */
@RestController
class ArticlesController {

    static final int MAX_LIMIT = 1000;

    private final KnowledgeBase knowledge;

    ArticlesController(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    @GetMapping(path = "/api/articles", produces = MediaType.APPLICATION_JSON_VALUE)
    ArticlesResponse articles(@RequestParam(defaultValue = "0") int offset,
                              @RequestParam(defaultValue = "" + MAX_LIMIT) int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new BadRequestException("offset must be 0 or more and limit from 1 to " + MAX_LIMIT);
        }
        Map<String, Object> reload = knowledge.reloads().progress().map(p -> p.figures()).orElse(null);
        return knowledge.loaded()
                .map(s -> new ArticlesResponse(page(s.corpus().articles(), offset, limit),
                        s.corpus().articles().size(), s.corpus().passageCount(), offset, limit, s.corpus().report(),
                        reload))
                .orElseGet(() -> new ArticlesResponse(List.of(), knowledge.index().articleCount(),
                        knowledge.index().passageCount(), offset, limit, null, reload));
    }

    private static List<ArticleSummary> page(List<ArticleInfo> all, int offset, int limit) {
        int from = Math.min(offset, all.size());
        return all.subList(from, Math.min(all.size(), from + limit)).stream().map(ArticleSummary::of).toList();
    }

    /** @param reload the running reload's figures ({@code ReloadProgress.Progress#figures}); null when none runs */
    record ArticlesResponse(List<ArticleSummary> articles, int articleCount, int passageCount, int offset, int limit,
                            IngestionReport ingestion, Map<String, Object> reload) {
    }

    record ArticleSummary(String id, String fileName, String title, String source, LocalDate published, String url,
                          int passages, String contentHash) {

        static ArticleSummary of(ArticleInfo a) {
            return new ArticleSummary(a.id(), a.fileName(), a.title(), a.source(), a.published(), a.url(),
                    a.passages(), a.contentHash());
        }
    }
}
