package dev.picket.bot.discord.corpus;

import java.util.List;

import dev.picket.bot.discord.Outgoing;
import dev.picket.bot.discord.commands.SlashCommand;
import dev.picket.bot.reload.ReloadService;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** {@code /reload} (moderators): re-reads the articles folder; the reply is the reload's report. */
public final class ReloadCommand implements SlashCommand {

    private final ReloadService reloads;
    private final ReloadReportFormatter formatter = new ReloadReportFormatter();

    public ReloadCommand(ReloadService reloads) {
        this.reloads = reloads;
    }

    @Override
    public SlashCommandData definition() {
        return Commands.slash("reload", "Re-read the articles folder and update the index (moderators)");
    }

    @Override
    public boolean moderatorOnly() {
        return true;
    }

    @Override
    public void run(SlashCommandInteraction interaction) {
        interaction.deferReply(true).queue();
        InteractionHook hook = interaction.getHook();
        // Completes on the reload thread; a reload already running is joined, not repeated.
        reloads.reload().thenAccept(report -> hook.editOriginal(Outgoing.edit(formatter.format(report), List.of()))
                .queue());
    }
}
