package dev.picket.bot.discord.e2e;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.websocket.server.ServerContainer;
import jakarta.websocket.server.ServerEndpointConfig;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.servlets.DefaultServlet;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.websocket.server.WsSci;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.util.FileSystemUtils;

/**
 * A local stand-in of Discord on loopback, for running the real JDA against: its REST API under
 * {@link #apiUrl()} and its gateway at {@link #gatewayUrl()}, both served by one embedded Tomcat (the servlet
 * container and WebSocket support the app already has). Start one per test class.
 */
public final class StandInDiscord implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final Tomcat tomcat = new Tomcat();
    private Path baseDir;
    private final Connector connector = new Connector();
    private final StandInGateway gateway;
    private final StandInRest rest;
    private final StandInFiles files = new StandInFiles();
    private final int connections;

    private StandInDiscord(int shards, int connections) {
        this.gateway = new StandInGateway(this::gatewayUrl, shards);
        this.rest = new StandInRest(this::gatewayUrl, shards);
        this.connections = connections;
    }

    /** A stand-in that recommends one shard. */
    public static StandInDiscord start() {
        return start(1, 1);
    }

    /**
     * A stand-in whose {@code /gateway/bot} recommends {@code shards} shards.
     *
     * @param connections how many of them the bot under test opens, for {@link #awaitBotReady()}
     */
    public static StandInDiscord start(int shards, int connections) {
        StandInDiscord discord = new StandInDiscord(shards, connections);
        try {
            discord.startTomcat();
        } catch (LifecycleException | IOException e) {
            throw new IllegalStateException("the stand-in Discord did not start", e);
        }
        return discord;
    }

    private void startTomcat() throws LifecycleException, IOException {
        baseDir = Files.createTempDirectory("stand-in-discord");
        tomcat.setBaseDir(baseDir.toString());
        connector.setPort(0);
        connector.setProperty("address", "127.0.0.1");
        tomcat.setConnector(connector);
        Context context = tomcat.addContext("", null);
        Tomcat.addServlet(context, "rest", rest);
        context.addServletMappingDecoded("/api/v10/*", "rest");
        Tomcat.addServlet(context, "files", files);
        context.addServletMappingDecoded("/attachments/*", "files");
        // Tomcat upgrades WebSocket requests in a filter, and filters run only for a path some servlet maps.
        Tomcat.addServlet(context, "default", new DefaultServlet());
        context.addServletMappingDecoded("/", "default");
        context.addServletContainerInitializer(new WsSci(), null);
        context.addServletContainerInitializer((classes, servletContext) -> {
            ServerContainer container = (ServerContainer) servletContext.getAttribute(ServerContainer.class.getName());
            try {
                container.addEndpoint(ServerEndpointConfig.Builder.create(StandInGateway.class, "/gateway")
                        .configurator(new ServerEndpointConfig.Configurator() {
                            @Override
                            public <T> T getEndpointInstance(Class<T> type) {
                                return type.cast(gateway);
                            }
                        }).build());
            } catch (jakarta.websocket.DeploymentException e) {
                throw new IllegalStateException(e);
            }
        }, null);
        tomcat.start();
    }

    /** The REST base URL, as picket.discord.api-url takes it. */
    public String apiUrl() {
        return "http://127.0.0.1:" + connector.getLocalPort() + "/api/v10/";
    }

    /** The gateway URL, as picket.discord.gateway-url takes it. */
    public String gatewayUrl() {
        return "ws://127.0.0.1:" + connector.getLocalPort() + "/gateway";
    }

    /** Waits until the bot has connected its shards, identified and registered its commands. */
    public void awaitBotReady() {
        await().atMost(WAIT).until(() -> gateway.isReady(connections)
                && requests().stream().anyMatch(r -> "PUT".equals(r.method()) && r.path().endsWith("/commands")));
    }

    /** Points the app at this stand-in, with a token it accepts. */
    public void configure(DynamicPropertyRegistry registry) {
        registry.add("DISCORD_TOKEN", () -> "stand-in-token");
        registry.add("picket.discord.api-url", this::apiUrl);
        registry.add("picket.discord.gateway-url", this::gatewayUrl);
    }

    /**
     * An attachment, as a slash command's option value: Discord's description of the file, whose content the
     * stand-in serves from then on, as its CDN does.
     */
    public ObjectNode attachment(String fileName, byte[] content) {
        long id = Payloads.nextId();
        String path = "/" + id + "/" + fileName;
        files.put(path, content);
        String url = "http://127.0.0.1:" + connector.getLocalPort() + "/attachments" + path;
        return Json.obj("id", String.valueOf(id), "filename", fileName, "size", content.length, "url", url,
                "proxy_url", url, "content_type", "text/plain; charset=utf-8");
    }

    /** How many attachments the bot downloaded so far. */
    public int downloads() {
        return files.downloads();
    }

    /**
     * Uses a slash command as {@code user} in the channel; options alternate names and values (a string, a boolean,
     * or an {@link #attachment}).
     */
    public String slashCommand(long user, boolean moderator, String name, Object... options) {
        long id = Payloads.nextId();
        String token = "token-" + id;
        dispatch("INTERACTION_CREATE", Payloads.slashCommand(id, token, user, moderator, name, options));
        return token;
    }

    /**
     * Posts {@code user}'s message in the channel, mentioning the bot (as a reply with its ping on does).
     *
     * @param repliesTo the message it replies to, or null
     * @return the message's id
     */
    public long post(long user, String content, JsonNode repliesTo) {
        return post(user, Payloads.CHANNEL, content, repliesTo);
    }

    /** Posts in channel or thread {@code channel}; see {@link #post(long, String, JsonNode)}. */
    public long post(long user, long channel, String content, JsonNode repliesTo) {
        long id = Payloads.nextId();
        dispatch("MESSAGE_CREATE", Payloads.userMessage(id, channel, user, content, true, repliesTo));
        return id;
    }

    /** Posts {@code user}'s mention of the bot in the channel, over shard {@code shard}'s connection. */
    public long postOnShard(int shard, long user, String content) {
        long id = Payloads.nextId();
        ObjectNode message = Payloads.userMessage(id, Payloads.CHANNEL, user, content, true, null);
        rest.remember(message);
        gateway.dispatch(shard, "MESSAGE_CREATE", message);
        return id;
    }

    /** Sends the bot a direct message from {@code user} in DM channel {@code channel}; returns its id. */
    public long directMessage(long user, long channel, String content) {
        long id = Payloads.nextId();
        dispatch("MESSAGE_CREATE", Payloads.directMessage(id, channel, user, content));
        return id;
    }

    /** Clicks the button {@code customId} under {@code message}; returns the interaction's token. */
    public String click(long user, String customId, JsonNode message) {
        long id = Payloads.nextId();
        String token = "token-" + id;
        dispatch("INTERACTION_CREATE", Payloads.buttonClick(id, token, user, customId, message));
        return token;
    }

    public void dispatch(String type, JsonNode data) {
        if ("MESSAGE_CREATE".equals(type)) {
            rest.remember((ObjectNode) data);
        }
        gateway.dispatch(gateway.firstShard(), type, data);
    }

    /** Makes Discord refuse the next request matching {@code match} (400 Invalid Form Body). */
    public void refuseOnce(Predicate<Recorded> match) {
        rest.refuseOnce(match);
    }

    /** What the bot identified with on the gateway: its token, intents, properties. */
    public JsonNode identify() {
        return gateway.identify();
    }

    /** Every IDENTIFY the gateway has seen, one per shard connection, oldest first. */
    public List<JsonNode> identifies() {
        return gateway.identifies();
    }

    /** Every request the bot made so far, oldest first. */
    public List<Recorded> requests() {
        return rest.requests();
    }

    /** Waits until a request matching {@code match} has arrived, and returns the first such. */
    public Recorded awaitRequest(Predicate<Recorded> match) {
        return awaitRequests(match, 1).getFirst();
    }

    /** Waits until {@code count} matching requests have arrived, and returns them all. */
    public List<Recorded> awaitRequests(Predicate<Recorded> match, int count) {
        return await().atMost(WAIT).until(() -> requests().stream().filter(match).toList(), l -> l.size() >= count);
    }

    /** A message as the stand-in holds it now (the bot's, after its edits, or a user's); missing if unknown. */
    public JsonNode message(String id) {
        JsonNode message = rest.message(id);
        return message == null ? Json.MAPPER.missingNode() : message;
    }

    @Override
    public void close() {
        try {
            tomcat.stop();
            tomcat.destroy();
            FileSystemUtils.deleteRecursively(baseDir);
        } catch (LifecycleException | IOException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
