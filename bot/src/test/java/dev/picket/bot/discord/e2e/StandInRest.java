package dev.picket.bot.discord.e2e;

import static dev.picket.bot.discord.e2e.Json.arr;
import static dev.picket.bot.discord.e2e.Json.obj;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Discord's REST API as far as JDA and picket use it. Every request is recorded; messages the bot sends are kept,
 * so they can be edited, fetched again and replied to, as in Discord.
 */
final class StandInRest extends HttpServlet {

    private static final Logger log = LoggerFactory.getLogger(StandInRest.class);
    private static final Pattern WEBHOOK = Pattern.compile("/webhooks/(\\d+)/([^/]+)(?:/messages/([^/]+))?");
    private static final Pattern CHANNEL_MESSAGE = Pattern.compile("/channels/(\\d+)/messages(?:/(\\d+))?(/threads)?");
    private static final Pattern CALLBACK = Pattern.compile("/interactions/(\\d+)/([^/]+)/callback");
    private static final Pattern COMMANDS = Pattern.compile("/applications/(\\d+)(?:/guilds/\\d+)?/commands");

    /** Discord's error code for a message that does not exist (sent with 404). */
    private static final int UNKNOWN_MESSAGE = 10008;

    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private final Map<String, ObjectNode> messages = new ConcurrentHashMap<>();
    /** The message id of each interaction token's original response. */
    private final Map<String, String> originals = new ConcurrentHashMap<>();
    private final Supplier<String> gatewayUrl;
    private final List<Predicate<Recorded>> refusals = new CopyOnWriteArrayList<>();
    private final int shards;

    StandInRest(Supplier<String> gatewayUrl, int shards) {
        this.gatewayUrl = gatewayUrl;
        this.shards = shards;
    }

    List<Recorded> requests() {
        return List.copyOf(requests);
    }

    void clear() {
        requests.clear();
    }

    /** Answers the next request matching {@code match} with 400 Invalid Form Body, as Discord does. */
    void refuseOnce(Predicate<Recorded> match) {
        refusals.add(match);
    }

    /** Keeps a message a user posted, so that the bot can fetch it, as it does to follow a reply chain. */
    void remember(ObjectNode message) {
        messages.put(message.path("id").asText(), message);
    }

    JsonNode message(String id) {
        return messages.get(id);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        String body = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Recorded recorded = new Recorded(request.getMethod(), path,
                request.getQueryString() == null ? "" : request.getQueryString(), Json.parse(body), Instant.now(),
                Json.MAPPER.missingNode());
        Predicate<Recorded> refusal = refusals.stream().filter(p -> p.test(recorded)).findFirst().orElse(null);
        if (refusal != null && refusals.remove(refusal)) {
            requests.add(recorded);
            write(response, 400, obj("message", "Invalid Form Body", "code", 50035, "errors", obj()));
            return;
        }
        JsonNode answer;
        try {
            answer = answer(recorded);
        } catch (RuntimeException e) {
            log.error("The stand-in failed to answer {}", recorded, e);
            requests.add(recorded);
            response.setStatus(500);
            return;
        }
        requests.add(new Recorded(recorded.method(), path, recorded.query(), recorded.body(), recorded.at(),
                answer == null ? Json.MAPPER.missingNode() : answer.deepCopy()));
        if (answer == null) {
            log.warn("The stand-in does not know {}", recorded);
            write(response, 404, obj("message", "Unknown route", "code", 0));
        } else if (answer.isMissingNode()) {
            response.setStatus(204);
        } else {
            write(response, answer.path("code").asInt() == UNKNOWN_MESSAGE ? 404 : 200, answer);
        }
    }

    private JsonNode answer(Recorded r) {
        String key = r.method() + " " + r.path();
        switch (key) {
            case "GET /users/@me":
                return Payloads.user(Payloads.BOT, true);
            case "GET /applications/@me", "GET /oauth2/applications/@me":
                return obj("id", String.valueOf(Payloads.APPLICATION), "name", "picket", "description", "",
                        "icon", null, "bot_public", true, "bot_require_code_grant", false, "flags", 0,
                        "verify_key", "0", "team", null, "owner", Payloads.user(Payloads.MODERATOR, false));
            case "GET /gateway", "GET /gateway/bot":
                // As many identify buckets as shards, so that they connect at once rather than 5 s apart.
                return obj("url", gatewayUrl.get(), "shards", shards, "session_start_limit",
                        obj("total", 1000, "remaining", 1000, "reset_after", 0, "max_concurrency", shards));
            default:
                break;
        }
        Matcher m;
        if ((m = COMMANDS.matcher(r.path())).matches() && "PUT".equals(r.method())) {
            return registered(m.group(1), r.body());
        }
        if ((m = CALLBACK.matcher(r.path())).matches()) {
            return callback(m.group(1), m.group(2), r.body());
        }
        if ((m = WEBHOOK.matcher(r.path())).matches()) {
            return webhook(r, m.group(2), m.group(3));
        }
        if ((m = CHANNEL_MESSAGE.matcher(r.path())).matches()) {
            return channelMessage(r, m.group(1), m.group(2), m.group(3) != null);
        }
        if (r.path().contains("/reactions/") && "PUT".equals(r.method())) {
            return Json.MAPPER.missingNode();
        }
        return null;
    }

    private static JsonNode registered(String application, JsonNode sent) {
        var commands = arr();
        sent.forEach(c -> commands.add(((ObjectNode) c.deepCopy())
                .put("id", String.valueOf(Payloads.commandId(c.path("name").asText())))
                .put("application_id", application).put("version", "1")));
        return commands;
    }

    private JsonNode callback(String interactionId, String token, JsonNode body) {
        int type = body.path("type").asInt();
        ObjectNode resource = obj("type", type);
        String messageId = String.valueOf(Payloads.nextId());
        if (type == 4 || type == 5) {
            originals.put(token, messageId);
            // A reply, or a deferred one ("thinking…"): either way the original response exists from now on.
            ObjectNode message = botMessage(messageId, Payloads.CHANNEL, body.path("data"), null);
            message.put("flags", body.path("data").path("flags").asInt(0) | (type == 5 ? 128 : 0));
            message.put("webhook_id", String.valueOf(Payloads.APPLICATION));
            messages.put(messageId, message);
            if (type == 4) {
                resource.set("message", message);
            }
        }
        return obj("interaction", obj("id", interactionId, "type", 2, "response_message_id", messageId,
                "response_message_loading", type == 5, "response_message_ephemeral",
                (body.path("data").path("flags").asInt(0) & 64) != 0), "resource", resource);
    }

    private JsonNode webhook(Recorded r, String token, String which) {
        if (which == null && "POST".equals(r.method())) {
            ObjectNode message = botMessage(String.valueOf(Payloads.nextId()), Payloads.CHANNEL, r.body(), null);
            message.put("webhook_id", String.valueOf(Payloads.APPLICATION));
            messages.put(message.path("id").asText(), message);
            return message;
        }
        return existing(r, "@original".equals(which) ? originals.get(token) : which);
    }

    private JsonNode channelMessage(Recorded r, String channelId, String messageId, boolean thread) {
        if (thread) {
            return Payloads.thread(Long.parseLong(messageId), Long.parseLong(channelId), r.body().path("name").asText());
        }
        if (messageId == null && "POST".equals(r.method())) {
            String id = String.valueOf(Payloads.nextId());
            JsonNode reference = r.body().path("message_reference");
            JsonNode repliesTo = reference.isMissingNode() ? null : messages.get(reference.path("message_id").asText());
            ObjectNode message = botMessage(id, Long.parseLong(channelId), r.body(), repliesTo);
            messages.put(id, message);
            return message;
        }
        return existing(r, messageId);
    }

    /** Fetches, edits or deletes a message the stand-in holds. */
    private JsonNode existing(Recorded r, String id) {
        ObjectNode message = id == null ? null : messages.get(id);
        if (message == null) {
            return obj("message", "Unknown Message", "code", UNKNOWN_MESSAGE);
        }
        return switch (r.method()) {
            case "GET" -> message;
            case "PATCH" -> edit(message, r.body());
            case "DELETE" -> {
                messages.remove(id);
                yield Json.MAPPER.missingNode();
            }
            default -> null;
        };
    }

    private static ObjectNode botMessage(String id, long channelId, JsonNode body, JsonNode repliesTo) {
        ObjectNode message = Payloads.message(Long.parseLong(id), channelId, Payloads.user(Payloads.BOT, true),
                body.path("content").asText(""), repliesTo);
        message.set("components", components(body.path("components")));
        message.put("flags", body.path("flags").asInt(0));
        return message;
    }

    private static synchronized ObjectNode edit(ObjectNode message, JsonNode body) {
        if (body.has("content")) {
            message.put("content", body.path("content").asText());
        }
        if (body.has("components")) {
            message.set("components", components(body.path("components")));
        }
        message.put("flags", message.path("flags").asInt() & ~128);
        message.put("edited_timestamp", Payloads.now());
        return message;
    }

    /** Components as Discord echoes them: with the numeric ids it assigns. */
    private static JsonNode components(JsonNode sent) {
        JsonNode copy = sent.isArray() ? sent.deepCopy() : arr();
        int[] next = {1};
        copy.forEach(row -> number((ObjectNode) row, next));
        return copy;
    }

    private static void number(ObjectNode component, int[] next) {
        if (!component.has("id")) {
            component.put("id", next[0]);
        }
        next[0]++;
        component.path("components").forEach(c -> number((ObjectNode) c, next));
    }

    private static void write(HttpServletResponse response, int status, JsonNode body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(Json.write(body).getBytes(StandardCharsets.UTF_8));
    }
}
