package dev.picket.bot.discord.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import dev.picket.bot.articles.ArticleAdded;
import dev.picket.bot.articles.ArticleRemoved;
import dev.picket.bot.reload.ReloadReport;
import dev.picket.corpus.Passage;
import org.junit.jupiter.api.Test;

class ArticleRepliesTest {

    private static final ReloadReport RELOAD = new ReloadReport(true, List.of("porters.txt"), List.of(), List.of(),
            List.of(), 5, 8, 3, Duration.ofMillis(40), Instant.EPOCH, null, List.of());

    private final ArticleReplies replies = new ArticleReplies();

    @Test
    void should_show_the_passages_created_and_the_reload_when_an_article_is_added() {
        List<Passage> passages = IntStream.range(0, 8)
                .mapToObj(i -> new Passage("porters#" + i, "porters", i, "Passage number " + i + " about porters."))
                .toList();

        String reply = replies.added(new ArticleAdded("porters.txt", null, passages, RELOAD));

        assertThat(reply).contains("porters.txt", "8 passages", "1. Passage number 0", "5. Passage number 4",
                "and 3 more", "Added (1): porters.txt");
        assertThat(reply).doesNotContain("Passage number 5");
    }

    @Test
    void should_say_where_the_file_went_when_an_article_is_removed() {
        String reply = replies.removed(new ArticleRemoved("porters.txt", "removed/porters.txt", RELOAD));

        assertThat(reply).contains("porters.txt", "removed/porters.txt", "nothing is deleted");
    }
}
