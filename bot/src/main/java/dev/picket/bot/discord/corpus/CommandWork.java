package dev.picket.bot.discord.corpus;

import java.util.List;
import java.util.concurrent.Executor;

import dev.picket.bot.articles.UploadRefused;
import dev.picket.bot.discord.Outgoing;
import dev.picket.bot.discord.format.DiscordText;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;

/**
 * Runs a corpus command's slow part (a download, file moves, the reload) off JDA's event thread, after a private
 * "thinking…" acknowledgement, and puts its reply, or why it was refused, in place of that acknowledgement.
 */
final class CommandWork {

    /** The slow part; its result is the reply. */
    @FunctionalInterface
    interface Job {
        String run() throws UploadRefused;
    }

    private final Executor executor;

    CommandWork(Executor executor) {
        this.executor = executor;
    }

    void start(SlashCommandInteraction interaction, Job job) {
        interaction.deferReply(true).queue();
        InteractionHook hook = interaction.getHook();
        executor.execute(() -> hook.editOriginal(Outgoing.edit(reply(job), List.of())).queue());
    }

    static String refused(String why) {
        return "❌ " + DiscordText.escape(why);
    }

    private static String reply(Job job) {
        try {
            return job.run();
        } catch (UploadRefused e) {
            return refused(e.getMessage());
        }
    }
}
