package dev.picket.bot.discord.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import dev.picket.bot.discord.JdaMocks;
import dev.picket.bot.discord.MutableClock;
import dev.picket.bot.reload.ReloadProgress;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class ProgressReplyTest {

    final MutableClock clock = new MutableClock();
    final InteractionHook hook = JdaMocks.hook();
    final AtomicReference<ReloadProgress.Progress> now = new AtomicReference<>();
    final ProgressReply reply = new ProgressReply(hook, () -> Optional.ofNullable(now.get()), clock,
            Duration.ofSeconds(1));

    @Test
    void should_edit_at_most_once_a_second_and_end_with_the_report_when_a_reload_runs() {
        at(0, 1);
        at(400, 2);
        at(400, 3);
        at(200, 4);
        at(999, 5);
        at(1, 6);
        reply.finish("✅ Reloaded");
        at(5_000, 10);

        assertThat(edits()).containsExactly("⏳ Reloading: 1 of 10 articles, 0.0/s",
                "⏳ Reloading: 4 of 10 articles, 4.0/s, about 2 s left",
                "⏳ Reloading: 6 of 10 articles, 3.0/s, about 1 s left", "✅ Reloaded");
    }

    @Test
    void should_not_edit_when_the_figures_have_not_changed() {
        now.set(new ReloadProgress.Progress(3, 10, 1.5, Duration.ofSeconds(5), false));
        reply.tick();
        clock.advance(Duration.ofSeconds(1));
        reply.tick();
        clock.advance(Duration.ofSeconds(1));
        reply.tick();

        assertThat(edits()).hasSize(1);
    }

    @Test
    void should_show_only_the_report_when_the_reload_ends_before_any_figures() {
        reply.tick();
        reply.finish("✅ Nothing to change");

        assertThat(edits()).containsExactly("✅ Nothing to change");
    }

    @Test
    void should_say_the_index_is_being_built_when_it_is_the_first_build() {
        now.set(new ReloadProgress.Progress(5, 50, 2.5, Duration.ofSeconds(18), true));

        reply.tick();

        assertThat(edits()).containsExactly("⏳ Building the index: 5 of 50 articles, 2.5/s, about 18 s left");
    }

    /** Moves the clock by {@code millis}, sets {@code done} of 10 written at the rate so far, and ticks. */
    private void at(long millis, int done) {
        clock.advance(Duration.ofMillis(millis));
        elapsed += millis;
        double rate = elapsed == 0 ? 0 : done / (elapsed / 1000.0);
        Duration left = rate == 0 ? null : Duration.ofSeconds(Math.round((10 - done) / rate));
        now.set(new ReloadProgress.Progress(done, 10, rate, left, false));
        reply.tick();
    }

    private long elapsed;

    private List<String> edits() {
        ArgumentCaptor<MessageEditData> edit = ArgumentCaptor.forClass(MessageEditData.class);
        verify(hook, atLeastOnce()).editOriginal(edit.capture());
        return edit.getAllValues().stream().map(MessageEditData::getContent).toList();
    }
}
