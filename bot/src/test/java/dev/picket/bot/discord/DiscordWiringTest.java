package dev.picket.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import dev.picket.bot.discord.commands.CommandRegistry;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole app with a Discord token, against a Discord that cannot be reached on loopback: the bot is wired,
 * the failure to connect is only logged, and the HTTP API still answers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.additional-location=optional:file:../config/",
                "management.endpoint.health.show-details=always"})
@AutoConfigureTestRestTemplate
@DirtiesContext
class DiscordWiringTest {

    /** The app's folders; @DirtiesContext closes the app before JUnit deletes them. */
    @TempDir
    static Path tmp;

    @Autowired
    ApplicationContext context;

    @Autowired
    TestRestTemplate http;

    @DynamicPropertySource
    static void discord(DynamicPropertyRegistry registry) throws IOException {
        Path work = tmp;
        String closedPort = "http://127.0.0.1:" + freePort() + "/api/v10/";
        registry.add("DISCORD_TOKEN", () -> "not-a-real-token");
        registry.add("picket.discord.api-url", () -> closedPort);
        String closedGateway = "ws://127.0.0.1:" + freePort() + "/";
        registry.add("picket.discord.gateway-url", () -> closedGateway);
        registry.add("picket.discord.feedback.log", () -> work.resolve("feedback.jsonl").toString());
        registry.add("picket.discord.feedback.salt-file", () -> work.resolve("feedback.salt").toString());
        registry.add("picket.index.dir", () -> work.resolve("index").toString());
        registry.add("picket.corpus.dir", () -> Path.of("../corpus/articles").toAbsolutePath().normalize().toString());
    }

    @Test
    void should_register_ask_sources_timeline_latest_about_and_the_corpus_commands_when_the_token_is_set() {
        assertThat(context.getBean(CommandRegistry.class).definitions()).extracting(SlashCommandData::getName)
                .containsExactlyInAnyOrder("ask", "sources", "timeline", "latest", "about", "reload", "add-article",
                        "remove-article");
    }

    @Test
    void should_keep_the_http_api_up_when_discord_cannot_be_reached() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(http.getForEntity("/api/articles",
                Map.class).getBody()).extractingByKey("ingestion").isNotNull());
        assertThat(http.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    @SuppressWarnings("unchecked")
    void should_show_discord_offline_with_the_error_and_picket_up_when_discord_cannot_be_reached() {
        Map<String, Object> body = http.getForEntity("/actuator/health", Map.class).getBody();

        Map<String, Object> discord = (Map<String, Object>) ((Map<String, Object>) body.get("components")).get("discord");
        assertThat(discord).containsEntry("status", "OFFLINE");
        Map<String, Object> details = (Map<String, Object>) discord.get("details");
        assertThat(details).containsEntry("status", "RETRYING_LOGIN").containsKey("error");
        assertThat((String) details.get("error")).doesNotContain("not-a-real-token");
        assertThat(body).containsEntry("status", "UP");
    }

    @Test
    void should_keep_the_token_out_of_the_bot_string_when_logged() {
        assertThat(context.getBean(DiscordBot.class).toString()).doesNotContain("not-a-real-token");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
