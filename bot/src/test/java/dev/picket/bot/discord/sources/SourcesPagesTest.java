package dev.picket.bot.discord.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.picket.corpus.ArticleInfo;
import org.junit.jupiter.api.Test;

class SourcesPagesTest {

    @Test
    void should_list_articles_newest_first_on_one_page_when_few() {
        SourcesPages pages = new SourcesPages(List.of(
                article("BBC News", LocalDate.of(2022, 12, 11), "Nurses vote to strike", null),
                article("Sky News", LocalDate.of(2023, 1, 5), "Ambulance staff walk out", "https://news.sky.com/a")));

        assertThat(pages.pageCount()).isEqualTo(1);
        assertThat(pages.page(0)).isEqualTo("""
                **Sources:** 2 articles
                • Sky News, 5 Jan 2023 — [Ambulance staff walk out](<https://news.sky.com/a>)
                • BBC News, 11 Dec 2022 — Nurses vote to strike""");
    }

    @Test
    void should_paginate_within_a_message_when_the_corpus_is_long() {
        List<ArticleInfo> articles = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            articles.add(article("Outlet", LocalDate.of(2023, 1, i), "Headline " + i, null));
        }

        SourcesPages pages = new SourcesPages(articles);

        assertThat(pages.pageCount()).isEqualTo(3);
        assertThat(pages.page(0)).startsWith("**Sources:** 30 articles, page 1 of 3\n• Outlet, 30 Jan 2023 — Headline 30");
        assertThat(pages.page(2)).endsWith("• Outlet, 1 Jan 2023 — Headline 1");
        assertThat(pages.page(99)).isEqualTo(pages.page(2));
        for (int i = 0; i < 3; i++) {
            assertThat(pages.page(i)).hasSizeLessThanOrEqualTo(2000);
        }
        assertThat(SourcesCommand.navigation(pages, 0)).hasSize(1);
        assertThat(SourcesCommand.navigation(new SourcesPages(articles.subList(0, 2)), 0)).isEmpty();
    }

    @Test
    void should_say_so_when_no_articles_are_loaded() {
        assertThat(new SourcesPages(List.of()).page(0)).isEqualTo("**Sources:** no articles are loaded yet.");
    }

    static ArticleInfo article(String source, LocalDate date, String title, String url) {
        return new ArticleInfo(title.replace(' ', '-'), title + ".txt", source, date, title, url, "hash", 1);
    }
}
