package dev.picket.bot.discord.format;

import java.util.List;

/**
 * What the bot shows for one question, free of JDA types: the messages in order, and the answer id the feedback
 * buttons under the last one vote on (null for no buttons).
 */
public record Reply(List<String> parts, String feedbackId) {

    public Reply {
        parts = List.copyOf(parts);
        if (parts.isEmpty() || parts.stream().anyMatch(p -> p.isBlank() || p.length() > MessageSplitter.DISCORD_LIMIT)) {
            throw new IllegalArgumentException("every part must hold 1 to 2000 characters: " + parts);
        }
    }

    /** A one-message reply without buttons. */
    public static Reply of(String text) {
        return new Reply(List.of(text), null);
    }

    public boolean hasFeedback() {
        return feedbackId != null;
    }

    public String first() {
        return parts.getFirst();
    }
}
