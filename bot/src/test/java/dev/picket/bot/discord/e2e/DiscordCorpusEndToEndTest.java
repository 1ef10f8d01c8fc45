package dev.picket.bot.discord.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.picket.bot.CorpusFolder;
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

    @Test
    @SuppressWarnings("unchecked")
    void should_answer_from_an_article_when_a_moderator_adds_it_as_an_attachment() throws Exception {
        String headline = "Porters at St Mary's walk out over unpaid overtime";
        String token = discord.slashCommand(Payloads.MODERATOR, true, "add-article",
                "file", discord.attachment("2025-11-30-porters.txt", CorpusFolder.PORTERS.getBytes(StandardCharsets.UTF_8)),
                "source", "The Stand-in Gazette", "published", "2025-11-30", "title", headline);

        Recorded done = discord.awaitRequest(r -> r.viaHook(token) && "PATCH".equals(r.method()));

        assertThat(done.content()).startsWith("📄 Saved 2025-11-30-porters.txt").contains("Added (1)");
        assertThat(Files.readString(work.resolve("articles/sources.csv"), StandardCharsets.UTF_8))
                .contains("2025-11-30-porters.txt");
        String question = "Why did the porters at St Mary's walk out?";
        List<Map<String, Object>> cited = (List<Map<String, Object>>) http.postForObject("/api/ask",
                Map.of("question", question), Map.class).get("citations");
        assertThat(cited).extracting(c -> c.get("articleId")).contains("2025-11-30-porters");
        long asked = discord.post(Payloads.nextId(), Payloads.atBot(question), null);
        assertThat(discord.awaitRequest(r -> r.repliesTo(asked)).content()).contains(DiscordText.escape(headline));
    }

    @Test
    void should_refuse_with_the_reason_and_save_nothing_when_the_attached_article_cannot_be_indexed()
            throws Exception {
        List<String> before;
        try (var files = Files.list(work.resolve("articles"))) {
            before = files.map(f -> f.getFileName().toString()).sorted().toList();
        }
        String sources = Files.readString(work.resolve("articles/sources.csv"), StandardCharsets.UTF_8);
        int downloads = discord.downloads();
        byte[] binary = {'P', 'K', 3, 4, 0, 0, 0, 'x', 0, 'y'};
        String token = discord.slashCommand(Payloads.MODERATOR, true, "add-article",
                "file", discord.attachment("scan.txt", binary),
                "source", "The Stand-in Gazette", "published", "2025-11-30", "title", "A scan");

        Recorded refused = discord.awaitRequest(r -> r.viaHook(token) && "PATCH".equals(r.method()));

        assertThat(refused.content()).startsWith("❌ scan.txt cannot be indexed: binary file");
        assertThat(discord.downloads()).isEqualTo(downloads + 1);
        try (var files = Files.list(work.resolve("articles"))) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList()).isEqualTo(before);
        }
        assertThat(Files.readString(work.resolve("articles/sources.csv"), StandardCharsets.UTF_8)).isEqualTo(sources);
    }
}
