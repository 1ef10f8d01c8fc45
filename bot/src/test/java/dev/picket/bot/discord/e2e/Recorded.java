package dev.picket.bot.discord.e2e;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One request the bot made to the stand-in's REST API.
 *
 * @param path     the path after the API base, e.g. {@code /channels/1/messages}
 * @param query    the raw query string, or empty
 * @param body     the JSON body, or a missing node when there was none
 * @param at       when it arrived
 * @param response what the stand-in answered (a missing node for none)
 */
public record Recorded(String method, String path, String query, JsonNode body, Instant at, JsonNode response) {

    /** Whether it sends or edits a message (the bodies that must never allow a ping). */
    public boolean writesMessage() {
        boolean webhook = path.startsWith("/webhooks/");
        boolean channelMessage = path.matches("/channels/\\d+/messages(/\\d+)?");
        // Callbacks of type 4 reply with a message, of type 7 edit the clicked one.
        int callbackType = body.path("type").asInt();
        boolean callbackWithMessage = path.endsWith("/callback") && (callbackType == 4 || callbackType == 7);
        return ("POST".equals(method) || "PATCH".equals(method)) && (webhook || channelMessage)
                || callbackWithMessage;
    }

    /** The message part of the body: a callback's {@code data}, else the body itself. */
    public JsonNode message() {
        return path.endsWith("/callback") ? body.path("data") : body;
    }

    /** Whether it is a callback to the interaction whose token is {@code token}. */
    public boolean answers(String token) {
        return path.endsWith("/" + token + "/callback");
    }

    /** Whether it writes a message through the interaction's webhook (an edit of the deferred reply, a follow-up). */
    public boolean viaHook(String token) {
        return path.contains("/webhooks/") && path.contains("/" + token);
    }

    /** Whether it posts a new message in a channel; replies carry the question's id as their reference. */
    public boolean postsInChannel() {
        return "POST".equals(method) && path.matches("/channels/\\d+/messages");
    }

    /** Whether it posts a reply to message {@code messageId}. */
    public boolean repliesTo(long messageId) {
        return postsInChannel()
                && body.path("message_reference").path("message_id").asText().equals(String.valueOf(messageId));
    }

    public String content() {
        return message().path("content").asText("");
    }

    @Override
    public String toString() {
        return method + " " + path + (query.isEmpty() ? "" : "?" + query) + " " + body;
    }
}
