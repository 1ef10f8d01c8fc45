package dev.picket.bot.discord;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The bot's connection: {@code UP} while every shard of this process is connected, with the gateway ping, the
 * guild count and each shard's own figures; {@code OFFLINE} with the last error while one is not (JDA
 * reconnecting, or a failed login being retried); {@code DISABLED} without a token. Like the LLM's, the two custom
 * states are outside the health aggregation order ({@code DOWN} is in it and cannot be left out of the root), so
 * Discord being away never marks picket down: its HTTP API still answers.
 */
@Component("discord")
class DiscordHealthIndicator implements HealthIndicator {

    static final Status DISABLED = new Status("DISABLED", "no DISCORD_TOKEN is set; the bot is off");
    static final Status OFFLINE = new Status("OFFLINE", "Discord is not connected; the HTTP API still answers");

    private final ObjectProvider<DiscordBot> bot;

    DiscordHealthIndicator(ObjectProvider<DiscordBot> bot) {
        this.bot = bot;
    }

    @Override
    public Health health() {
        DiscordBot discord = bot.getIfAvailable();
        if (discord == null) {
            return Health.status(DISABLED).build();
        }
        ShardManager manager = discord.shards().orElse(null);
        if (manager == null) {
            Health.Builder health = Health.status(OFFLINE)
                    .withDetail("status", discord.retrying() ? "RETRYING_LOGIN" : "LOGIN_FAILED");
            discord.lastError().ifPresent(e -> health.withDetail("error", e));
            return health.build();
        }
        List<JDA> shards = manager.getShardCache().stream()
                .sorted((a, b) -> Integer.compare(a.getShardInfo().getShardId(), b.getShardInfo().getShardId()))
                .toList();
        // Shards still queued to log in are missing from the cache: this process is not fully connected yet.
        boolean connected = manager.getShardsQueued() == 0 && !shards.isEmpty()
                && shards.stream().allMatch(s -> s.getStatus() == JDA.Status.CONNECTED);
        Health.Builder health = Health.status(connected ? Status.UP : OFFLINE)
                .withDetail("status", connected ? JDA.Status.CONNECTED.name() : notConnected(shards))
                .withDetail("shard", shards.stream().map(s -> s.getShardInfo().getShardString())
                        .collect(Collectors.joining(", ")))
                .withDetail("guilds", shards.stream().mapToLong(s -> s.getGuildCache().size()).sum())
                .withDetail("shardsQueued", manager.getShardsQueued());
        if (connected) {
            health.withDetail("gatewayPingMs", Math.round(manager.getAverageGatewayPing()));
        } else {
            shards.stream().flatMap(s -> discord.lastError(s.getShardInfo().getShardId()).stream()).findFirst()
                    .ifPresent(e -> health.withDetail("error", e));
        }
        Map<String, Map<String, Object>> each = new TreeMap<>();
        shards.forEach(s -> each.put(String.valueOf(s.getShardInfo().getShardId()), shard(s, discord)));
        return health.withDetail("shards", each).build();
    }

    private static Map<String, Object> shard(JDA shard, DiscordBot discord) {
        Map<String, Object> figures = new TreeMap<>();
        figures.put("status", shard.getStatus().name());
        figures.put("guilds", shard.getGuildCache().size());
        if (shard.getStatus() == JDA.Status.CONNECTED) {
            figures.put("gatewayPingMs", shard.getGatewayPing());
        } else {
            discord.lastError(shard.getShardInfo().getShardId()).ifPresent(e -> figures.put("error", e));
        }
        return figures;
    }

    private static String notConnected(List<JDA> shards) {
        return shards.stream().map(JDA::getStatus).filter(s -> s != JDA.Status.CONNECTED).findFirst()
                .map(Enum::name).orElse("CONNECTING");
    }
}
