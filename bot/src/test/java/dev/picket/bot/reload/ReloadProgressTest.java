package dev.picket.bot.reload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import dev.picket.bot.CorpusFolder;
import dev.picket.bot.discord.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class ReloadProgressTest {

    @TempDir
    Path tmp;

    final MutableClock clock = new MutableClock();
    final ReloadProgress progress = new ReloadProgress(clock);

    @Test
    void should_log_done_total_rate_and_time_left_at_most_every_five_seconds_when_articles_are_written(
            CapturedOutput output) {
        CorpusFolder corpus = new CorpusFolder(tmp.resolve("articles"));
        for (int i = 0; i < 10; i++) {
            corpus.article("a" + i + ".txt", "text");
        }
        progress.started(corpus.dir, 0, true);

        clock.advance(Duration.ofSeconds(2));
        progress.written();
        clock.advance(Duration.ofSeconds(2));
        progress.written();
        String beforeFiveSeconds = output.getAll();
        clock.advance(Duration.ofSeconds(1));
        progress.written();
        clock.advance(Duration.ofSeconds(1));
        progress.written();

        assertThat(beforeFiveSeconds).doesNotContain("Reloading:");
        assertThat(output.getAll()).containsOnlyOnce("Reloading: ")
                .contains("Reloading: 3 of 10 articles, 0.6/s, about 12 s left");
        assertThat(progress.snapshot()).hasValueSatisfying(p -> {
            assertThat(p.done()).isEqualTo(4);
            assertThat(p.left()).isEqualTo(Duration.ofSeconds(9));
        });
    }

    @Test
    void should_report_nothing_when_no_reload_runs() {
        progress.started(tmp, 0, false);
        progress.finished();

        assertThat(progress.snapshot()).isEmpty();
    }
}
