package dev.picket.bot.discord.ask;

import java.util.concurrent.CompletableFuture;

import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/** A reply to a deferred slash command: its first part is the deferred reply, later parts are follow-ups. */
final class HookReply extends LiveReply {

    private final InteractionHook hook;

    HookReply(InteractionHook hook) {
        super(true);
        this.hook = hook;
    }

    @Override
    CompletableFuture<Long> send(int part, MessageCreateData data) {
        return hook.sendMessage(data).submit().thenApply(Message::getIdLong);
    }

    @Override
    CompletableFuture<?> edit(int part, long messageId, MessageEditData data) {
        return part == 0 ? hook.editOriginal(data).submit() : hook.editMessageById(messageId, data).submit();
    }

    @Override
    CompletableFuture<?> delete(long messageId) {
        return hook.deleteMessageById(messageId).submit();
    }
}
