package dev.picket.bot.discord.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.picket.retrieval.Answerer;
import dev.picket.retrieval.StreamingAnswerer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The answer queue through the real JDA: with one answer slot and room for two to wait, a held answer fills the
 * slot, the next two questions are told their place in the queue, the one after is asked to try later, and once the
 * answer is let go the three taken are answered and the refused one never reaches the answerer.
 */
class DiscordQueueEndToEndTest extends StandInAppTest {

    static final StandInDiscord discord = standIn(DiscordQueueEndToEndTest.class);
    static final CountDownLatch release = new CountDownLatch(1);
    /** The questions the answerer was given, in order. */
    static final List<String> asked = new CopyOnWriteArrayList<>();

    @DynamicPropertySource
    static void discord(DynamicPropertyRegistry registry) {
        serve(registry, discord);
        registry.add("picket.discord.limits.max-concurrent-answers", () -> "1");
        registry.add("picket.discord.limits.max-queued", () -> "2");
    }

    @TestConfiguration
    static class HeldAnswers {

        /** Discord's answerer: the real one, once the test lets go. */
        @Bean
        @Primary
        StreamingAnswerer heldStreamingAnswerer(Answerer answerer) {
            StreamingAnswerer real = StreamingAnswerer.of(answerer);
            return (question, listener) -> {
                asked.add(question);
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                real.answer(question, listener);
            };
        }
    }

    @AfterEach
    void letGo() {
        release.countDown();
    }

    @Test
    void should_tell_the_place_in_the_queue_then_refuse_and_answer_the_rest_when_the_slots_are_full() {
        long first = discord.post(Payloads.nextId(), Payloads.atBot(TROOPS), null);
        await().atMost(Duration.ofSeconds(20)).until(() -> asked.size() == 1);
        long second = discord.post(Payloads.nextId(), Payloads.atBot(TROOPS + " (second)"), null);
        long third = discord.post(Payloads.nextId(), Payloads.atBot(TROOPS + " (third)"), null);
        long fourth = discord.post(Payloads.nextId(), Payloads.atBot(TROOPS + " (fourth)"), null);

        Recorded secondNotice = discord.awaitRequest(r -> r.repliesTo(second));
        Recorded thirdNotice = discord.awaitRequest(r -> r.repliesTo(third));
        Recorded refused = discord.awaitRequest(r -> r.repliesTo(fourth));
        assertThat(secondNotice.content()).isEqualTo("You're number 1 in the queue; I'll answer as soon as I can.");
        assertThat(thirdNotice.content()).isEqualTo("You're number 2 in the queue; I'll answer as soon as I can.");
        assertThat(refused.content()).isEqualTo("I'm answering a lot of questions right now. Please try again in a"
                + " minute.");
        assertThat(asked).hasSize(1);

        release.countDown();

        String answer = answerText(TROOPS);
        assertThat(discord.awaitRequest(r -> r.repliesTo(first)).content()).contains(answer);
        for (Recorded notice : List.of(secondNotice, thirdNotice)) {
            String id = notice.response().path("id").asText();
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(discord.message(id)
                    .path("content").asText()).contains(answer));
        }
        assertThat(asked).hasSize(3).noneMatch(q -> q.contains("(fourth)"));
        assertThat(discord.requests()).filteredOn(r -> r.repliesTo(fourth)).hasSize(1);
        assertThat(http.getForObject("/actuator/prometheus", String.class))
                .containsPattern("picket_discord_refusals_total\\{reason=\"queue_full\"} 1");
    }
}
