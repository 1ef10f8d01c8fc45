package dev.picket.bot.discord.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.picket.bot.discord.format.DiscordText;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A moderator's corpus commands on the stand-in Discord, checked by what picket cites afterwards. */
class DiscordCorpusEndToEndTest extends StandInAppTest {

    static final StandInDiscord discord = standIn(DiscordCorpusEndToEndTest.class);
    static Path work;

    @DynamicPropertySource
    static void discord(DynamicPropertyRegistry registry) {
        work = serve(registry, discord);
    }

    @Test
    @SuppressWarnings("unchecked")
    void should_no_longer_cite_an_article_when_a_moderator_removes_it() {
        List<Map<String, Object>> before = (List<Map<String, Object>>) http.postForObject("/api/ask",
                Map.of("question", TROOPS), Map.class).get("citations");
        String cited = (String) before.getFirst().get("articleId");
        String title = (String) before.getFirst().get("title");
        long asked = discord.post(Payloads.nextId(), Payloads.atBot(TROOPS), null);
        assertThat(discord.awaitRequest(r -> r.repliesTo(asked)).content()).contains(DiscordText.escape(title));

        String token = discord.slashCommand(Payloads.MODERATOR, true, "remove-article", "article", cited);
        Recorded done = discord.awaitRequest(r -> r.viaHook(token) && "PATCH".equals(r.method())
                && r.content().startsWith("🗂️ Moved"));

        assertThat(done.content()).contains(cited).contains("removed");
        assertThat(Files.exists(work.resolve("articles/removed/" + cited + ".txt"))).isTrue();
        List<Map<String, Object>> after = (List<Map<String, Object>>) http.postForObject("/api/ask",
                Map.of("question", TROOPS), Map.class).get("citations");
        assertThat(after).extracting(c -> c.get("articleId")).doesNotContain(cited);
        long question = discord.post(Payloads.nextId(), Payloads.atBot(TROOPS), null);
        assertThat(discord.awaitRequest(r -> r.repliesTo(question)).content()).doesNotContain(DiscordText.escape(title));
    }
}
