package dev.picket.bot.discord;

import net.dv8tion.jda.api.JDA;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The bot's connection: {@code UP} with the gateway ping, the guild count and the shard while connected;
 * {@code OFFLINE} with the last error while it is not (JDA reconnecting, or a failed login being retried);
 * {@code DISABLED} without a token. Like the LLM's, the two custom states are outside the health aggregation
 * order ({@code DOWN} is in it and cannot be left out of the root), so Discord being away never marks picket
 * down: its HTTP API still answers.
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
        JDA jda = discord.jda().orElse(null);
        boolean connected = jda != null && jda.getStatus() == JDA.Status.CONNECTED;
        Health.Builder health = Health.status(connected ? Status.UP : OFFLINE);
        if (jda != null) {
            health.withDetail("status", jda.getStatus().name())
                    .withDetail("shard", jda.getShardInfo().getShardString())
                    .withDetail("guilds", jda.getGuildCache().size());
            if (connected) {
                health.withDetail("gatewayPingMs", jda.getGatewayPing());
            }
        } else {
            health.withDetail("status", discord.retrying() ? "RETRYING_LOGIN" : "LOGIN_FAILED");
        }
        if (!connected) {
            discord.lastError().ifPresent(e -> health.withDetail("error", e));
        }
        return health.build();
    }
}
