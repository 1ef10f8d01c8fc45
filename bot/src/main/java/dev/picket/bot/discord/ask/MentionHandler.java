package dev.picket.bot.discord.ask;

import java.util.List;
import java.util.Optional;

import dev.picket.bot.discord.format.Reply;
import dev.picket.bot.discord.limits.AnswerQueue;
import dev.picket.retrieval.Turn;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;

/**
 * Questions asked by @mentioning the bot, and follow-ups asked by replying to one of its answers. Each is
 * answered as a reply to the message that asked it (or in a new thread, in thread mode).
 */
public final class MentionHandler {

    private final AskGate gate;
    private final AnswerQueue queue;
    private final AskHandler handler;
    private final ReplyChain chain;
    private final boolean threadMode;

    public MentionHandler(AskGate gate, AnswerQueue queue, AskHandler handler, ReplyChain chain, boolean threadMode) {
        this.gate = gate;
        this.queue = queue;
        this.handler = handler;
        this.chain = chain;
        this.threadMode = threadMode;
    }

    /** Runs on JDA's event thread: decides quickly, and queues the answer. */
    public void onMessage(Message message, long selfId) {
        User author = message.getAuthor();
        if (author.isBot() || author.isSystem() || message.isWebhookMessage() || author.getIdLong() == selfId) {
            return;
        }
        boolean inServer = message.isFromGuild();
        boolean mentioned = message.getMentions().getUsers().stream().anyMatch(u -> u.getIdLong() == selfId);
        Message replyTo = message.getReferencedMessage();
        boolean followsUp = replyTo != null && replyTo.getAuthor().getIdLong() == selfId;
        if (inServer && !mentioned && !followsUp) {
            return;
        }
        MessageChannel channel = message.getChannel();
        if (!gate.answersIn(inServer, channel.getIdLong(), AskCommand.parentOf(channel))) {
            return;
        }
        String question = JdaChatMessage.withoutMention(message.getContentRaw(), selfId);
        if (question.isEmpty() && followsUp && !mentioned) {
            // Without the message content intent, Discord hides the text of replies that do not ping the bot.
            return;
        }
        ChannelReply reply = new ChannelReply(message, channel);
        var refusal = gate.problem(question).or(() -> gate.rateLimited(String.valueOf(author.getIdLong())));
        if (refusal.isPresent()) {
            reply.notice(refusal.get());
            return;
        }
        String clean = gate.clean(question);
        boolean accepted = queue.submit(() -> answer(message, channel, clean, selfId, reply),
                position -> reply.notice(AskGate.queued(position)));
        if (!accepted) {
            reply.notice(AskGate.busy());
        }
    }

    private void answer(Message message, MessageChannel channel, String question, long selfId, ChannelReply reply) {
        List<Turn> earlier = chain.earlierTurns(new JdaChatMessage(message, selfId));
        var thread = threadMode && earlier.isEmpty() && channel.getType() == ChannelType.TEXT
                ? Threads.open(() -> message.createThreadChannel(Threads.name(question)))
                : Optional.<ThreadChannel>empty();
        if (thread.isPresent()) {
            handler.handle(new AskContext(question, earlier, true), new ChannelReply(null, thread.get()));
            if (reply.isShown()) {
                // A queue notice was posted under the question; point it at the answer instead.
                reply.accept(Reply.of("I answered in the thread " + thread.get().getAsMention() + "."));
            }
        } else {
            handler.handle(new AskContext(question, earlier, false), reply);
        }
    }
}
