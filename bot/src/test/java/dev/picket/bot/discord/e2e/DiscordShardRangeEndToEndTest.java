package dev.picket.bot.discord.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One of two processes splitting a bot's shards: with {@code shards.total=2} and {@code shards.ids=1} it opens
 * shard 1 only (the other process opens shard 0), and answers there.
 */
class DiscordShardRangeEndToEndTest extends StandInAppTest {

    static final StandInDiscord discord = standIn(DiscordShardRangeEndToEndTest.class, 2, 1);

    @DynamicPropertySource
    static void discord(DynamicPropertyRegistry registry) {
        serve(registry, discord);
        registry.add("picket.discord.shards.total", () -> "2");
        registry.add("picket.discord.shards.ids", () -> "1");
    }

    @Test
    void should_connect_only_its_own_shard_and_answer_on_it_when_given_a_range() {
        long question = discord.postOnShard(1, Payloads.nextId(), Payloads.atBot(TROOPS));

        assertThat(discord.awaitRequest(r -> r.repliesTo(question)).content()).contains(answerText(TROOPS));
        assertThat(discord.identifies()).extracting(i -> i.path("shard").toString()).containsExactly("[1,2]");
    }
}
