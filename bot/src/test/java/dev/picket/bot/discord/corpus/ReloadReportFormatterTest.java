package dev.picket.bot.discord.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import dev.picket.bot.discord.format.MessageSplitter;
import dev.picket.bot.reload.ReloadReport;
import dev.picket.corpus.SkippedFile;
import org.junit.jupiter.api.Test;

class ReloadReportFormatterTest {

    private final ReloadReportFormatter formatter = new ReloadReportFormatter();

    @Test
    void should_show_counts_names_and_skip_reasons_when_the_reload_succeeded() {
        ReloadReport report = new ReloadReport(true, List.of("new.txt"), List.of("edited.md"), List.of("gone.html"),
                List.of(new SkippedFile("broken.txt", "not valid UTF-8")), 41, 7, 12, Duration.ofMillis(830),
                Instant.EPOCH, null, List.of());

        String message = formatter.format(report);

        assertThat(message).contains("830 ms", "generation 12", "Added (1): new.txt", "Changed (1): edited.md",
                "Removed (1): gone.html", "Unchanged: 41", "passages indexed: 7", "broken.txt: not valid UTF-8");
    }

    @Test
    void should_say_nothing_changed_and_why_when_the_reload_failed() {
        ReloadReport report = new ReloadReport(false, List.of(), List.of(), List.of(), List.of(), 0, 0, 4,
                Duration.ofMillis(3), Instant.EPOCH, "corpus folder /x does not exist", List.of());

        assertThat(formatter.format(report)).contains("failed", "nothing changed", "generation 4", "does not exist");
    }

    @Test
    void should_never_ping_or_break_markdown_when_names_and_reasons_are_hostile() {
        ReloadReport report = new ReloadReport(true, List.of("@everyone`.txt"), List.of(), List.of(),
                List.of(new SkippedFile("<@&123>.md", "**bold** @here")), 0, 1, 1, Duration.ZERO, Instant.EPOCH,
                null, List.of());

        String message = formatter.format(report);

        assertThat(message).doesNotContain("@everyone", "@here", "**bold**");
        assertThat(message).contains("@\u200beveryone");
    }

    @Test
    void should_fit_discord_limit_and_say_how_many_more_when_thousands_of_files_changed() {
        List<String> many = IntStream.range(0, 5000).mapToObj(i -> "article-" + i + ".txt").toList();
        List<SkippedFile> skipped = IntStream.range(0, 500)
                .mapToObj(i -> new SkippedFile("bad-" + i + ".txt", "x".repeat(300))).toList();
        ReloadReport report = new ReloadReport(true, many, many, many, skipped, 0, 9000, 2, Duration.ofSeconds(3),
                Instant.EPOCH, null, List.of());

        String message = formatter.format(report);

        assertThat(message.length()).isLessThanOrEqualTo(MessageSplitter.DISCORD_LIMIT);
        assertThat(message).contains("Added (5000)", "and 4990 more");
    }
}
