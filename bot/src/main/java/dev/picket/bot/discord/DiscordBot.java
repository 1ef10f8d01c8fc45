package dev.picket.bot.discord;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import net.dv8tion.jda.api.events.session.SessionDisconnectEvent;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The connection to Discord: this process's shards, from JDA's shard manager, every one handing its events to the
 * same listener and so to the same answer service. It is started after the rest of the app, and a failure to
 * connect (a bad token, Discord down) is logged, not fatal: the HTTP API keeps answering. Once connected, JDA
 * reconnects a dropped gateway with its own back-off; a first login that fails is retried here, with a doubling
 * wait, unless the token was refused.
 */
final class DiscordBot implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DiscordBot.class);
    static final Duration FIRST_RETRY = Duration.ofSeconds(5);
    static final Duration LONGEST_RETRY = Duration.ofMinutes(10);

    private final String token;
    private final DiscordProperties properties;
    private final DiscordListener listener;
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "discord-login-retry");
        thread.setDaemon(true);
        return thread;
    });
    private volatile ShardManager shards;
    private volatile boolean running;
    private volatile boolean retrying;
    private volatile String lastError;
    private final Map<Integer, String> shardErrors = new ConcurrentHashMap<>();
    private Duration nextRetry = FIRST_RETRY;

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
        running = true;
        connect();
    }

    private synchronized void connect() {
        if (!running) {
            return;
        }
        try {
            DefaultShardManagerBuilder builder = DefaultShardManagerBuilder.createLight(token, intents())
                    .setRestConfig(new RestConfig().setBaseUrl(properties.apiUrl()))
                    .setSessionController(new GatewaySessionController(properties.gatewayUrl()))
                    .addEventListeners(listener, new Disconnects())
                    // Spring stops the bot; JDA's own hook would race it at shutdown.
                    .setEnableShutdownHook(false);
            DiscordShards split = properties.shards();
            if (!split.automatic()) {
                builder.setShardsTotal(split.total());
            }
            if (!split.shardIds().isEmpty()) {
                builder.setShards(split.shardIds());
            }
            shards = builder.build();
            retrying = false;
        } catch (RuntimeException e) {
            lastError = String.valueOf(e.getMessage());
            retrying = !(e instanceof InvalidTokenException);
            log.error("Discord is off: connecting failed ({}). The HTTP API still answers. {}", lastError,
                    retrying ? "Retrying in " + nextRetry.toSeconds() + " s." : "The token was refused.");
            if (retrying) {
                retries.schedule(this::connect, nextRetry.toMillis(), TimeUnit.MILLISECONDS);
                nextRetry = nextRetry.multipliedBy(2).compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY
                        : nextRetry.multipliedBy(2);
            }
        }
    }

    /** This process's shards, once a login went through (JDA may be reconnecting some of them). */
    Optional<ShardManager> shards() {
        return Optional.ofNullable(shards);
    }

    /** Why the last login failed; empty if none has. */
    Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    /** Why shard {@code id}'s gateway last closed; empty if it has not. */
    Optional<String> lastError(int id) {
        return Optional.ofNullable(shardErrors.get(id));
    }

    /** Whether a failed first login will be tried again. */
    boolean retrying() {
        return retrying;
    }

    @Override
    public void stop() {
        running = false;
        retries.shutdownNow();
        ShardManager connected;
        synchronized (this) {
            connected = shards;
            shards = null;
        }
        if (connected != null) {
            connected.shutdown();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public String toString() {
        return "DiscordBot[token=***]";
    }

    /** Keeps the reason a gateway connection closed, for the health component while JDA reconnects. */
    private final class Disconnects extends ListenerAdapter {
        @Override
        public void onSessionDisconnect(SessionDisconnectEvent event) {
            shardErrors.put(event.getJDA().getShardInfo().getShardId(), "the gateway closed"
                    + (event.getCloseCode() == null ? ""
                    : " (" + event.getCloseCode().getCode() + " " + event.getCloseCode().getMeaning() + ")"));
        }
    }
}
