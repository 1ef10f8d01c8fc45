package dev.picket.bot.discord.ask;

import java.util.List;

import dev.picket.bot.discord.Outgoing;
import dev.picket.bot.discord.commands.SlashCommand;
import dev.picket.bot.discord.format.DiscordText;
import dev.picket.bot.discord.format.Reply;
import dev.picket.bot.discord.limits.AnswerQueue;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** {@code /ask question:<text> [private:<bool>]}: deferred at once, answered from the bot's own executor. */
public final class AskCommand implements SlashCommand {

    private final AskGate gate;
    private final AnswerQueue queue;
    private final AskHandler handler;
    private final boolean threadMode;

    public AskCommand(AskGate gate, AnswerQueue queue, AskHandler handler, boolean threadMode) {
        this.gate = gate;
        this.queue = queue;
        this.handler = handler;
        this.threadMode = threadMode;
    }

    @Override
    public SlashCommandData definition() {
        return Commands.slash("ask", "Ask a question about the NHS strikes; the answer cites its news sources")
                .addOption(OptionType.STRING, "question", "Your question", true)
                .addOption(OptionType.BOOLEAN, "private", "Only you see the answer (default: no)", false);
    }

    @Override
    public void run(SlashCommandInteraction interaction) {
        String question = interaction.getOption("question", "", OptionMapping::getAsString);
        boolean privately = interaction.getOption("private", false, OptionMapping::getAsBoolean);
        if (!gate.answersIn(interaction.isFromGuild(), interaction.getChannelIdLong(),
                parentOf(interaction.getChannel()))) {
            Outgoing.replyPrivately(interaction, interaction.isFromGuild()
                    ? "I don't answer in this channel. Please ask me in one of the channels the moderators chose."
                    : "I only answer questions in servers.");
            return;
        }
        String userId = String.valueOf(interaction.getUser().getIdLong());
        var refusal = gate.problem(question).or(() -> gate.rateLimited(userId));
        if (refusal.isPresent()) {
            Outgoing.replyPrivately(interaction, refusal.get());
            return;
        }
        interaction.deferReply(privately).queue();
        // The hook does not take the deferral's ephemeral flag: without it, the later parts of a long private
        // answer (follow-up messages) would be shown to the whole channel.
        HookReply reply = new HookReply(interaction.getHook().setEphemeral(privately));
        AskContext context = new AskContext(gate.clean(question), List.of(), true);
        boolean inThread = threadMode && !privately && interaction.getChannel() != null
                && interaction.getChannel().getType() == ChannelType.TEXT;
        boolean accepted = queue.submit(() -> {
            if (inThread) {
                answerInThread(interaction, context, reply);
            } else {
                handler.handle(context, reply);
            }
        }, position -> reply.notice(AskGate.queued(position)));
        if (!accepted) {
            reply.notice(AskGate.busy());
        }
    }

    private void answerInThread(SlashCommandInteraction interaction, AskContext context, HookReply reply) {
        var thread = Threads.open(() -> interaction.getHook().retrieveOriginal().complete()
                .createThreadChannel(Threads.name(context.question())));
        if (thread.isEmpty()) {
            handler.handle(context, reply);
            return;
        }
        reply.accept(Reply.of("> " + DiscordText.escape(Threads.name(context.question()))
                + "\nAnswering in the thread below."));
        handler.handle(context, new ChannelReply(null, thread.get()));
    }

    /** The channel a thread belongs to, so an allowlisted channel's threads are allowed too; else 0. */
    public static long parentOf(MessageChannel channel) {
        return channel instanceof ThreadChannel thread ? thread.getParentChannel().getIdLong() : 0;
    }
}
