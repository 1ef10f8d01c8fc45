package dev.picket.bot.reload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How far the running reload has got: articles written to the index against those it has to write, estimated
 * before it starts as the folder's article files the index does not hold yet (a changed file counts once it is
 * written, so done never passes total). Logs a line at most every {@link #LOG_EVERY} while it runs.
 */
public final class ReloadProgress {

    private static final Logger log = LoggerFactory.getLogger(ReloadProgress.class);
    static final Duration LOG_EVERY = Duration.ofSeconds(5);
    private static final Set<String> ARTICLE_FILES = Set.of("txt", "html", "htm", "md");

    private final Clock clock;
    private volatile Running running;

    ReloadProgress(Clock clock) {
        this.clock = clock;
    }

    void started(Path folder, int indexed, boolean firstBuild) {
        Instant now = clock.instant();
        running = new Running(Math.max(0, articleFiles(folder) - indexed), firstBuild, now, now);
    }

    /** One more article is written; logs the figures when the last line is old enough. */
    synchronized void written() {
        Running now = running;
        if (now == null) {
            return;
        }
        now.done++;
        now.total = Math.max(now.total, now.done);
        Instant at = clock.instant();
        if (Duration.between(now.lastLog, at).compareTo(LOG_EVERY) >= 0) {
            now.lastLog = at;
            log.info("Reloading: {}", snapshot().orElseThrow().describe());
        }
    }

    void finished() {
        running = null;
    }

    /** The running reload's figures; empty when none runs. */
    synchronized Optional<Progress> snapshot() {
        Running now = running;
        if (now == null) {
            return Optional.empty();
        }
        double seconds = Duration.between(now.start, clock.instant()).toMillis() / 1000.0;
        double rate = seconds > 0 ? now.done / seconds : 0;
        Duration left = rate > 0 ? Duration.ofSeconds(Math.round((now.total - now.done) / rate)) : null;
        return Optional.of(new Progress(now.done, now.total, rate, left, now.firstBuild));
    }

    private static int articleFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return (int) files.filter(ReloadProgress::isArticleFile).count();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static boolean isArticleFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return !name.startsWith(".") && dot > 0 && ARTICLE_FILES.contains(name.substring(dot + 1));
    }

    private static final class Running {
        final boolean firstBuild;
        final Instant start;
        int done;
        int total;
        Instant lastLog;

        Running(int total, boolean firstBuild, Instant start, Instant lastLog) {
            this.total = total;
            this.firstBuild = firstBuild;
            this.start = start;
            this.lastLog = lastLog;
        }
    }

    /**
     * A running reload's figures.
     *
     * @param ratePerSecond articles written per second since it started
     * @param left          the time left at that rate; null before the first article is written
     * @param firstBuild    whether the index held nothing when it started, so questions cannot be answered yet
     */
    public record Progress(int done, int total, double ratePerSecond, Duration left, boolean firstBuild) {

        /**
         * The figures as the {@code index} health component and {@code GET /api/articles} show them: done, total,
         * articlesPerSecond (one decimal), secondsLeft (-1 before it is known) and firstBuild.
         */
        public Map<String, Object> figures() {
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("done", done);
            figures.put("total", total);
            figures.put("articlesPerSecond", Math.round(ratePerSecond * 10) / 10.0);
            figures.put("secondsLeft", left == null ? -1 : left.toSeconds());
            figures.put("firstBuild", firstBuild);
            return figures;
        }

        /** "120 of 10000 articles, 3.1/s, about 53 min left". */
        public String describe() {
            return done + " of " + total + " articles, " + String.format(Locale.ROOT, "%.1f/s", ratePerSecond)
                    + (left == null ? "" : ", about " + human(left) + " left");
        }

        private static String human(Duration d) {
            return d.toMinutes() >= 1 ? d.toMinutes() + " min" : d.toSeconds() + " s";
        }
    }
}
