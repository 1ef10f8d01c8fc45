package dev.picket.bot.discord.corpus;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import dev.picket.bot.discord.commands.SlashCommand;
import dev.picket.bot.reload.ReloadService;
import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/**
 * {@code /reload} (moderators): re-reads the articles folder; the reply shows the reload's progress, edited at most
 * once a second, and then its report.
 */
public final class ReloadCommand implements SlashCommand {

    static final Duration EDIT_EVERY = Duration.ofSeconds(1);
    // Checks often, so that an edit follows soon after the second is up; the edits themselves stay a second apart.
    private static final long CHECK_EVERY_MILLIS = 200;

    private final ReloadService reloads;
    private final Clock clock;
    private final ScheduledExecutorService ticker;
    private final ReloadReportFormatter formatter = new ReloadReportFormatter();

    public ReloadCommand(ReloadService reloads, Clock clock, ScheduledExecutorService ticker) {
        this.reloads = reloads;
        this.clock = clock;
        this.ticker = ticker;
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
        ProgressReply reply = new ProgressReply(interaction.getHook(), reloads::progress, clock, EDIT_EVERY);
        ScheduledFuture<?> ticks = ticker.scheduleWithFixedDelay(reply::tick, CHECK_EVERY_MILLIS, CHECK_EVERY_MILLIS,
                TimeUnit.MILLISECONDS);
        // Completes on the reload thread; a reload already running is joined, not repeated.
        reloads.reload().thenAccept(report -> {
            ticks.cancel(false);
            reply.finish(formatter.format(report));
        });
    }
}
