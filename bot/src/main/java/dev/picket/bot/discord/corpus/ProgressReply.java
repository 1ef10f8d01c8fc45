package dev.picket.bot.discord.corpus;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import dev.picket.bot.discord.Outgoing;
import dev.picket.bot.reload.ReloadProgress;
import net.dv8tion.jda.api.interactions.InteractionHook;

/**
 * A private reply that shows a running reload's figures until its report replaces them. A ticker calls
 * {@link #tick()} as often as it likes; the reply is edited only when the figures changed and the last edit is at
 * least {@code interval} old, which keeps a long first build far inside Discord's limits on edits.
 */
final class ProgressReply {

    private final InteractionHook hook;
    private final Supplier<Optional<ReloadProgress.Progress>> progress;
    private final Clock clock;
    private final Duration interval;
    private Instant lastEdit;
    private String shown;
    private boolean finished;

    ProgressReply(InteractionHook hook, Supplier<Optional<ReloadProgress.Progress>> progress, Clock clock,
                  Duration interval) {
        this.hook = hook;
        this.progress = progress;
        this.clock = clock;
        this.interval = interval;
    }

    /** Shows the figures now, if they changed and the last edit is old enough. */
    synchronized void tick() {
        if (finished) {
            return;
        }
        Instant now = clock.instant();
        if (lastEdit != null && Duration.between(lastEdit, now).compareTo(interval) < 0) {
            return;
        }
        Optional<String> text = progress.get().map(ProgressReply::text);
        if (text.isEmpty() || text.get().equals(shown)) {
            return;
        }
        shown = text.get();
        lastEdit = now;
        edit(shown);
    }

    /** Puts the report in place of the figures; later ticks change nothing. */
    synchronized void finish(String report) {
        finished = true;
        edit(report);
    }

    static String text(ReloadProgress.Progress p) {
        return "⏳ " + (p.firstBuild() ? "Building the index: " : "Reloading: ") + p.describe();
    }

    private void edit(String text) {
        hook.editOriginal(Outgoing.edit(text, List.of())).queue();
    }
}
