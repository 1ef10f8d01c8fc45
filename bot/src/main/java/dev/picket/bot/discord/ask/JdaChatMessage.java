package dev.picket.bot.discord.ask;

import java.util.Optional;
import java.util.regex.Pattern;

import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageType;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;

/** A JDA message as a link of a reply chain. */
final class JdaChatMessage implements ChatMessage {

    private final Message message;
    private final long selfId;

    JdaChatMessage(Message message, long selfId) {
        this.message = message;
        this.selfId = selfId;
    }

    @Override
    public boolean fromBot() {
        return message.getAuthor().getIdLong() == selfId;
    }

    @Override
    public String content() {
        return withoutMention(message.getContentRaw(), selfId);
    }

    @Override
    public Optional<ChatMessage> repliedTo() {
        Message referenced = message.getReferencedMessage();
        if (referenced == null && message.getType() == MessageType.INLINE_REPLY) {
            // Discord nests only one level of the chain; fetching this message again brings the next one.
            try {
                referenced = message.getChannel().retrieveMessageById(message.getIdLong()).complete()
                        .getReferencedMessage();
            } catch (ErrorResponseException e) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(referenced).map(m -> new JdaChatMessage(m, selfId));
    }

    static String withoutMention(String content, long selfId) {
        return Pattern.compile("<@!?" + selfId + ">").matcher(content).replaceAll(" ").strip();
    }
}
