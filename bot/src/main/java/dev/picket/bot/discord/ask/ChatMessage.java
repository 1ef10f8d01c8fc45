package dev.picket.bot.discord.ask;

import java.util.Optional;

/** A message in a Discord reply chain, as much of it as a follow-up needs. */
public interface ChatMessage {

    /** Whether this bot wrote it. */
    boolean fromBot();

    /** The text, with the bot's own mention removed. */
    String content();

    /** The message this one replies to, if any and still there; may ask Discord for it. */
    Optional<ChatMessage> repliedTo();
}
