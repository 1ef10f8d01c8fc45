package dev.picket.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DiscordShardsTest {

    @Test
    void should_read_ranges_and_single_ids_when_ids_are_given() {
        assertThat(new DiscordShards(8, "0-2, 5").shardIds()).containsExactly(0, 1, 2, 5);
    }

    @Test
    void should_leave_the_total_to_discord_when_none_is_set() {
        DiscordShards shards = new DiscordShards(0, "");

        assertThat(shards.automatic()).isTrue();
        assertThat(shards.shardIds()).isEmpty();
    }

    @Test
    void should_refuse_ids_when_no_total_is_set() {
        assertThatThrownBy(() -> new DiscordShards(0, "1")).hasMessageContaining("needs picket.discord.shards.total");
    }

    @Test
    void should_refuse_an_id_when_it_is_not_below_the_total() {
        assertThatThrownBy(() -> new DiscordShards(2, "1-2")).hasMessageContaining("shard 2 is not below");
    }

    @Test
    void should_refuse_a_range_when_it_is_not_one() {
        assertThatThrownBy(() -> new DiscordShards(4, "3-1")).hasMessageContaining("'3-1'");
    }
}
