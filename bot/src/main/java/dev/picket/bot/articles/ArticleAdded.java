package dev.picket.bot.articles;

import java.util.List;

import dev.picket.bot.reload.ReloadReport;
import dev.picket.corpus.Passage;

/**
 * An uploaded article saved into the corpus folder, and the reload that indexed it.
 *
 * @param fileName  the name it was saved under
 * @param replaced  where the previous file of that name was moved, or null when there was none
 * @param passages  the passages the article was split into
 * @param reload    the report of the reload that followed
 */
public record ArticleAdded(String fileName, String replaced, List<Passage> passages, ReloadReport reload) {

    public ArticleAdded {
        passages = List.copyOf(passages);
    }
}
