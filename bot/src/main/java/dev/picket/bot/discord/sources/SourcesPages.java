package dev.picket.bot.discord.sources;

import java.util.Comparator;
import java.util.List;

import dev.picket.bot.discord.format.SourceLine;
import dev.picket.corpus.ArticleInfo;

/** The corpus as pages of one line per article, newest first, each page one Discord message. */
public final class SourcesPages {

    static final int MAX_LINES = 12;
    static final int MAX_CHARS = 1_800;

    private final int articleCount;
    private final List<List<String>> pages;

    public SourcesPages(List<ArticleInfo> articles) {
        this.articleCount = articles.size();
        this.pages = Paging.split(articles.stream().sorted(NEWEST_FIRST)
                .map(a -> "• " + SourceLine.of(a.source(), a.published(), a.title(), a.url())).toList(),
                MAX_LINES, MAX_CHARS);
    }

    private static final Comparator<ArticleInfo> NEWEST_FIRST = Comparator
            .comparing(ArticleInfo::published, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(ArticleInfo::source).thenComparing(ArticleInfo::title);

    public int pageCount() {
        return pages.size();
    }

    /** Page {@code index}, from 0, clamped to the pages there are (the corpus may have changed since). */
    public String page(int index) {
        int i = clamp(index);
        if (articleCount == 0) {
            return "**Sources:** no articles are loaded yet.";
        }
        String head = "**Sources:** " + articleCount + (articleCount == 1 ? " article" : " articles")
                + (pages.size() > 1 ? ", page " + (i + 1) + " of " + pages.size() : "");
        return head + "\n" + String.join("\n", pages.get(i));
    }

    public int clamp(int index) {
        return Math.max(0, Math.min(index, pages.size() - 1));
    }
}
