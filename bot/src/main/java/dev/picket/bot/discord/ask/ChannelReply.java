package dev.picket.bot.discord.ask;

import java.util.concurrent.CompletableFuture;

import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/** A reply in a channel: its first part replies to the question (when there is one to reply to). */
final class ChannelReply extends LiveReply {

    private final Message question;
    private final MessageChannel channel;

    /** @param question the message to reply to, or null to post in {@code channel} (a new thread) */
    ChannelReply(Message question, MessageChannel channel) {
        super(false);
        this.question = question;
        this.channel = channel;
    }

    @Override
    CompletableFuture<Long> send(int part, MessageCreateData data) {
        var action = part == 0 && question != null ? question.reply(data) : channel.sendMessage(data);
        return action.submit().thenApply(Message::getIdLong);
    }

    @Override
    CompletableFuture<?> edit(int part, long messageId, MessageEditData data) {
        return channel.editMessageById(messageId, data).submit();
    }

    @Override
    CompletableFuture<?> delete(long messageId) {
        return channel.deleteMessageById(messageId).submit();
    }
}
