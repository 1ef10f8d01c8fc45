package dev.picket.bot.discord;

import java.util.EnumSet;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The connection to Discord. It is started after the rest of the app, and a failure to connect (a bad token,
 * Discord down) is logged, not fatal: the HTTP API keeps answering.
 */
final class DiscordBot implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DiscordBot.class);

    private final String token;
    private final DiscordProperties properties;
    private final DiscordListener listener;
    private volatile JDA jda;

    DiscordBot(String token, DiscordProperties properties, DiscordListener listener) {
        this.token = token;
        this.properties = properties;
        this.listener = listener;
    }

    /**
     * Mentions of bots in servers, and DMs, carry their text without the privileged message content intent, so
     * it is asked for only when configured.
     */
    EnumSet<GatewayIntent> intents() {
        EnumSet<GatewayIntent> intents = EnumSet.of(GatewayIntent.GUILD_MESSAGES);
        if (properties.allowDms()) {
            intents.add(GatewayIntent.DIRECT_MESSAGES);
        }
        if (properties.messageContentIntent()) {
            intents.add(GatewayIntent.MESSAGE_CONTENT);
        }
        return intents;
    }

    @Override
    public void start() {
        // The second lock on pings, behind the empty allowed mentions of every message built in Outgoing.
        MessageRequest.setDefaultMentions(Outgoing.NO_MENTIONS);
        MessageRequest.setDefaultMentionRepliedUser(false);
        try {
            jda = JDABuilder.createLight(token, intents())
                    .setRestConfig(new RestConfig().setBaseUrl(properties.apiUrl()))
                    .setSessionController(new GatewaySessionController(properties.gatewayUrl()))
                    .addEventListeners(listener)
                    .build();
        } catch (RuntimeException e) {
            log.error("Discord is off: connecting failed ({}). The HTTP API still answers.", e.getMessage());
        }
    }

    @Override
    public void stop() {
        JDA running = jda;
        jda = null;
        if (running != null) {
            running.shutdown();
        }
    }

    @Override
    public boolean isRunning() {
        return jda != null;
    }

    @Override
    public String toString() {
        return "DiscordBot[token=***]";
    }
}
