package dev.picket.bot.discord.ask;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import dev.picket.bot.discord.Outgoing;
import dev.picket.bot.discord.format.Reply;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * Keeps a reply of one or more messages on screen up to date: the parts already shown are edited, new parts are
 * sent, and parts no longer needed are deleted. All of it goes through {@link Outgoing}, so nothing pings.
 */
abstract class LiveReply implements Consumer<Reply> {

    private final List<CompletableFuture<Long>> shown = new ArrayList<>();

    LiveReply(boolean firstPartExists) {
        if (firstPartExists) {
            shown.add(CompletableFuture.completedFuture(0L));
        }
    }

    /** Shows a one-line note without waiting for Discord, so the event thread may call it. */
    synchronized void notice(String text) {
        Reply note = Reply.of(text);
        if (shown.isEmpty()) {
            shown.add(send(0, Outgoing.createPart(note, 0)));
        } else {
            shown.getFirst().thenCompose(id -> edit(0, id, Outgoing.editPart(note, 0)));
        }
    }

    /** Shows the reply and waits until Discord has it; runs on the bot's own threads. */
    @Override
    public synchronized void accept(Reply reply) {
        int parts = reply.parts().size();
        for (int i = 0; i < parts; i++) {
            if (i < shown.size()) {
                long id = shown.get(i).join();
                edit(i, id, Outgoing.editPart(reply, i)).join();
            } else {
                CompletableFuture<Long> sent = send(i, Outgoing.createPart(reply, i));
                sent.join();
                shown.add(sent);
            }
        }
        while (shown.size() > parts) {
            delete(shown.removeLast().join()).join();
        }
    }

    /** Whether anything of this reply is on screen (a notice counts). */
    synchronized boolean isShown() {
        return !shown.isEmpty();
    }

    abstract CompletableFuture<Long> send(int part, MessageCreateData data);

    abstract CompletableFuture<?> edit(int part, long messageId, MessageEditData data);

    abstract CompletableFuture<?> delete(long messageId);
}
