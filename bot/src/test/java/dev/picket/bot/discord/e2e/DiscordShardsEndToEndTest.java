package dev.picket.bot.discord.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Sharding through the real JDA: with no total set, the bot takes Discord's recommendation of two shards from
 * {@code /gateway/bot}, opens a connection for each, and both hand their questions to the same answer service.
 */
class DiscordShardsEndToEndTest extends StandInAppTest {

    static final StandInDiscord discord = standIn(DiscordShardsEndToEndTest.class, 2, 2);

    @DynamicPropertySource
    static void discord(DynamicPropertyRegistry registry) {
        serve(registry, discord);
        registry.add("management.endpoint.health.show-details", () -> "always");
    }

    @Test
    void should_identify_once_per_shard_with_its_id_when_discord_recommends_two_shards() {
        assertThat(discord.requests()).anyMatch(r -> "GET".equals(r.method()) && r.path().equals("/gateway/bot"));
        assertThat(discord.identifies()).extracting(i -> i.path("shard").toString())
                .containsExactlyInAnyOrder("[0,2]", "[1,2]");
        assertThat(discord.requests()).filteredOn(r -> "PUT".equals(r.method()) && r.path().endsWith("/commands"))
                .as("the commands are the application's, registered once").hasSize(1);
    }

    @Test
    void should_answer_a_question_on_each_shard_when_both_are_connected() {
        long onFirst = discord.postOnShard(0, Payloads.nextId(), Payloads.atBot(TROOPS));
        long onSecond = discord.postOnShard(1, Payloads.nextId(), Payloads.atBot(TROOPS));

        String expected = answerText(TROOPS);
        assertThat(discord.awaitRequest(r -> r.repliesTo(onFirst)).content()).contains(expected);
        assertThat(discord.awaitRequest(r -> r.repliesTo(onSecond)).content()).contains(expected);
    }

    @Test
    void should_report_each_shard_in_the_discord_health_component_when_connected() {
        JsonNode health = Json.parse(http.getForObject("/actuator/health", String.class))
                .path("components").path("discord");

        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.path("details").path("shard").asText()).isEqualTo("[0 / 2], [1 / 2]");
        JsonNode shards = health.path("details").path("shards");
        assertThat(shards.path("0").path("status").asText()).isEqualTo("CONNECTED");
        assertThat(shards.path("1").path("status").asText()).isEqualTo("CONNECTED");
        assertThat(shards.path("1").path("guilds").asInt()).isEqualTo(1);
    }
}
