package dev.picket.bot.discord.e2e;

import static dev.picket.bot.discord.e2e.Json.arr;
import static dev.picket.bot.discord.e2e.Json.obj;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Discord's gateway for one bot, with one connection per shard: HELLO on connect, READY (with the shard the bot
 * identified as) and the server's GUILD_CREATE after IDENTIFY, an ACK for every heartbeat, and then whatever
 * events a test dispatches. Plain JSON text frames, no compression.
 */
final class StandInGateway extends Endpoint {

    private static final Logger log = LoggerFactory.getLogger(StandInGateway.class);

    private final AtomicInteger sequence = new AtomicInteger();
    private final Supplier<String> url;
    private final int shards;
    /** The open session of each shard that has identified. */
    private final Map<Integer, Session> ready = new ConcurrentSkipListMap<>();
    private final Map<Session, Integer> shardOf = new ConcurrentHashMap<>();
    private final List<JsonNode> identifies = new CopyOnWriteArrayList<>();

    StandInGateway(Supplier<String> url, int shards) {
        this.url = url;
        this.shards = shards;
    }

    /** Whether {@code expected} shards have identified and been sent the server. */
    boolean isReady(int expected) {
        return ready.values().stream().filter(Session::isOpen).count() >= expected;
    }

    /** The bot's last IDENTIFY payload ({@code d}), or a missing node before it has identified. */
    JsonNode identify() {
        return identifies.isEmpty() ? Json.MAPPER.missingNode() : identifies.getLast();
    }

    /** Every IDENTIFY payload, oldest first. */
    List<JsonNode> identifies() {
        return List.copyOf(identifies);
    }

    /** The lowest shard connected, where events go unless a test names a shard. */
    int firstShard() {
        return ready.keySet().stream().findFirst().orElse(0);
    }

    /** Sends an event to the bot's connection for shard {@code shard}. */
    void dispatch(int shard, String type, JsonNode data) {
        Session current = ready.get(shard);
        if (current == null || !current.isOpen()) {
            throw new IllegalStateException("shard " + shard + " of the bot is not connected to the stand-in gateway");
        }
        send(current, obj("op", 0, "t", type, "s", sequence.incrementAndGet(), "d", data));
    }

    @Override
    public void onOpen(Session opened, EndpointConfig config) {
        opened.setMaxTextMessageBufferSize(1 << 20);
        opened.addMessageHandler(String.class, (MessageHandler.Whole<String>) text -> receive(opened, text));
        send(opened, obj("op", 10, "d", obj("heartbeat_interval", 41_250)));
    }

    @Override
    public void onClose(Session closed, CloseReason reason) {
        Integer shard = shardOf.remove(closed);
        if (shard != null && ready.remove(shard, closed)) {
            log.info("Shard {} of the bot left the stand-in gateway: {}", shard, reason);
        }
    }

    private void receive(Session from, String text) {
        JsonNode frame = Json.parse(text);
        switch (frame.path("op").asInt(-1)) {
            case 1 -> send(from, obj("op", 11));
            case 2 -> {
                JsonNode identify = frame.path("d");
                identifies.add(identify);
                int shard = identify.path("shard").path(0).asInt(0);
                ObjectNode readyEvent = Payloads.ready("stand-in-session-" + shard, url.get());
                readyEvent.set("shard", arr(shard, identify.path("shard").path(1).asInt(shards)));
                send(from, obj("op", 0, "t", "READY", "s", sequence.incrementAndGet(), "d", readyEvent));
                send(from, obj("op", 0, "t", "GUILD_CREATE", "s", sequence.incrementAndGet(),
                        "d", Payloads.guildCreate()));
                shardOf.put(from, shard);
                ready.put(shard, from);
            }
            default -> log.debug("The stand-in gateway ignores {}", text);
        }
    }

    private static void send(Session to, JsonNode frame) {
        try {
            synchronized (to) {
                to.getBasicRemote().sendText(Json.write(frame));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
