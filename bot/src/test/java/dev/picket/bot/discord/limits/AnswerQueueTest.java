package dev.picket.bot.discord.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AnswerQueueTest {

    private final AnswerQueue queue = new AnswerQueue(2, 2);
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();
    private final List<Integer> queuedAt = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() {
        release.countDown();
        queue.close();
    }

    @Test
    void should_run_at_most_the_cap_at_once_and_tell_the_rest_their_place_when_busy() {
        for (int i = 0; i < 4; i++) {
            assertThat(queue.submit(this::blockingAnswer, queuedAt::add)).isTrue();
        }

        await().atMost(Duration.ofSeconds(5)).until(() -> running.get() == 2);
        assertThat(queuedAt).containsExactly(1, 2);

        release.countDown();
        await().atMost(Duration.ofSeconds(5)).until(() -> queue.inFlight() == 0);
        assertThat(mostAtOnce).hasValue(2);
    }

    @Test
    void should_refuse_when_the_queue_is_full() {
        for (int i = 0; i < 4; i++) {
            queue.submit(this::blockingAnswer, queuedAt::add);
        }

        assertThat(queue.submit(this::blockingAnswer, queuedAt::add)).isFalse();
        assertThat(queuedAt).containsExactly(1, 2);
        assertThat(queue.inFlight()).isEqualTo(4);
    }

    @Test
    void should_free_the_slot_when_a_task_fails() {
        queue.submit(() -> {
            throw new IllegalStateException("boom");
        }, queuedAt::add);

        await().atMost(Duration.ofSeconds(5)).until(() -> queue.inFlight() == 0);
    }

    private void blockingAnswer() {
        mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
        try {
            release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            running.decrementAndGet();
        }
    }
}
