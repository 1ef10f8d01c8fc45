package dev.picket.bot.discord.e2e;

import static dev.picket.bot.discord.e2e.Json.obj;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Discord's gateway for one bot: HELLO on connect, READY and the server's GUILD_CREATE after IDENTIFY, an ACK for
 * every heartbeat, and then whatever events a test dispatches. Plain JSON text frames, no compression.
 */
final class StandInGateway extends Endpoint {

    private static final Logger log = LoggerFactory.getLogger(StandInGateway.class);

    private final AtomicInteger sequence = new AtomicInteger();
    private final Supplier<String> url;
    private volatile Session session;
    private volatile boolean ready;
    private volatile JsonNode identify = Json.MAPPER.missingNode();

    StandInGateway(Supplier<String> url) {
        this.url = url;
    }

    /** Whether the bot has identified and been sent its server. */
    boolean isReady() {
        return ready && session != null && session.isOpen();
    }

    /** The bot's last IDENTIFY payload ({@code d}), or a missing node before it has identified. */
    JsonNode identify() {
        return identify;
    }

    /** Sends an event to the connected bot. */
    void dispatch(String type, JsonNode data) {
        Session current = session;
        if (current == null || !current.isOpen()) {
            throw new IllegalStateException("no bot is connected to the stand-in gateway");
        }
        send(current, obj("op", 0, "t", type, "s", sequence.incrementAndGet(), "d", data));
    }

    @Override
    public void onOpen(Session opened, EndpointConfig config) {
        opened.setMaxTextMessageBufferSize(1 << 20);
        session = opened;
        opened.addMessageHandler(String.class, (MessageHandler.Whole<String>) text -> receive(opened, text));
        send(opened, obj("op", 10, "d", obj("heartbeat_interval", 41_250)));
    }

    @Override
    public void onClose(Session closed, CloseReason reason) {
        if (closed == session) {
            ready = false;
            log.info("The bot left the stand-in gateway: {}", reason);
        }
    }

    private void receive(Session from, String text) {
        JsonNode frame = Json.parse(text);
        switch (frame.path("op").asInt(-1)) {
            case 1 -> send(from, obj("op", 11));
            case 2 -> {
                identify = frame.path("d");
                send(from, obj("op", 0, "t", "READY", "s", sequence.incrementAndGet(),
                        "d", Payloads.ready("stand-in-session", url.get())));
                send(from, obj("op", 0, "t", "GUILD_CREATE", "s", sequence.incrementAndGet(),
                        "d", Payloads.guildCreate()));
                ready = true;
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
