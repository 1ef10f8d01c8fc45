package dev.picket.bot.discord.feedback;

import static dev.picket.bot.discord.Fixtures.answer;
import static dev.picket.bot.discord.Fixtures.citation;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import dev.picket.bot.discord.MutableClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class FeedbackRecorderTest {

    private static final String ALICE = "123456789012345678";
    private static final String BOB = "876543210987654321";

    @TempDir
    Path dir;

    private final RecentAnswers recent = new RecentAnswers(10);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final UserHasher hasher = new UserHasher("pepper");

    @Test
    void should_record_a_vote_once_per_user_per_answer() throws IOException {
        FeedbackRecorder recorder = recorder();
        String id = recent.remember("How many troops?", answer("1,200 [1].",
                citation(1, "Sky News", LocalDate.of(2022, 12, 19), "Troops", "https://news.sky.com/1")));

        assertThat(recorder.record(id, ALICE, Vote.UP, "shown")).isTrue();
        assertThat(recorder.record(id, ALICE, Vote.DOWN, "shown")).isFalse();
        assertThat(recorder.record(id, BOB, Vote.DOWN, "shown")).isTrue();

        List<String> lines = Files.readAllLines(log());
        assertThat(lines).hasSize(2);
        JsonNode first = JsonMapper.builder().build().readTree(lines.getFirst());
        assertThat(first.path("answerId").asString()).isEqualTo(id);
        assertThat(first.path("question").asString()).isEqualTo("How many troops?");
        assertThat(first.path("answer").asString()).isEqualTo("1,200 [1].");
        assertThat(first.path("citations").get(0).asString())
                .isEqualTo("[1] Sky News, 19 Dec 2022 — [Troops](<https://news.sky.com/1>)");
        assertThat(first.path("mode").asString()).isEqualTo("extractive");
        assertThat(first.path("vote").asString()).isEqualTo("UP");
        assertThat(first.path("at").asString()).isEqualTo("2025-01-01T12:00:00Z");
        assertThat(first.path("userHash").asString()).isEqualTo(hasher.hash(ALICE)).hasSize(64);
        assertThat(String.join("\n", lines)).doesNotContain(ALICE).doesNotContain(BOB);
        assertThat(meters.counter("picket.feedback.votes", "vote", "up").count()).isEqualTo(1);
        assertThat(meters.counter("picket.feedback.votes", "vote", "down").count()).isEqualTo(1);
    }

    @Test
    void should_still_refuse_a_second_vote_when_the_bot_has_restarted() {
        String id = recent.remember("q", answer("a [1].", citation(1, "BBC News", null, "T", null)));
        recorder().record(id, ALICE, Vote.UP, "shown");

        FeedbackRecorder afterRestart = recorder();

        assertThat(afterRestart.record(id, ALICE, Vote.DOWN, "shown")).isFalse();
        assertThat(afterRestart.record(id, BOB, Vote.DOWN, "shown")).isTrue();
    }

    @Test
    void should_log_the_shown_text_when_the_answer_is_no_longer_remembered() throws IOException {
        assertThat(recorder().record("gone", ALICE, Vote.DOWN, "What the message said")).isTrue();

        JsonNode line = JsonMapper.builder().build().readTree(Files.readAllLines(log()).getFirst());
        assertThat(line.path("answer").asString()).isEqualTo("What the message said");
        assertThat(line.path("question").asString()).isEqualTo(FeedbackRecorder.UNKNOWN);
    }

    @Test
    void should_hash_one_user_apart_from_another_and_by_salt() {
        assertThat(hasher.hash(ALICE)).isNotEqualTo(hasher.hash(BOB))
                .isNotEqualTo(new UserHasher("salt").hash(ALICE)).isEqualTo(new UserHasher("pepper").hash(ALICE));
        assertThat(hasher.toString()).doesNotContain("pepper");
    }

    @Test
    void should_keep_the_same_salt_when_the_salt_file_exists() {
        Path file = dir.resolve("sub/feedback.salt");
        String salt = SaltFile.load(file);

        assertThat(salt).hasSize(64);
        assertThat(SaltFile.load(file)).isEqualTo(salt);
    }

    private FeedbackRecorder recorder() {
        return new FeedbackRecorder(new JsonlFeedbackStore(log()), recent, hasher, meters, new MutableClock());
    }

    private Path log() {
        return dir.resolve("data/feedback.jsonl");
    }
}
