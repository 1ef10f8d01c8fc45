package dev.picket.bot.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import dev.picket.bot.discord.MutableClock;
import org.junit.jupiter.api.Test;

class QuestionRateLimiterTest {

    private final MutableClock clock = new MutableClock();
    private final QuestionRateLimiter limiter = new QuestionRateLimiter(5, clock);

    @Test
    void should_allow_five_questions_then_ask_to_wait_when_a_user_asks_quickly() {
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.tryAcquire("alice")).isZero();
        }

        Duration wait = limiter.tryAcquire("alice");

        // One question's worth refills every 12 s at 5 a minute.
        assertThat(wait).isGreaterThan(Duration.ofSeconds(11)).isLessThanOrEqualTo(Duration.ofSeconds(12));
    }

    @Test
    void should_allow_again_when_the_wait_has_passed() {
        for (int i = 0; i < 5; i++) {
            limiter.tryAcquire("alice");
        }
        clock.advance(Duration.ofSeconds(12));

        assertThat(limiter.tryAcquire("alice")).isZero();
        assertThat(limiter.tryAcquire("alice")).isPositive();
    }

    @Test
    void should_count_each_user_apart_when_several_ask() {
        for (int i = 0; i < 5; i++) {
            limiter.tryAcquire("alice");
        }

        assertThat(limiter.tryAcquire("bob")).isZero();
        assertThat(limiter.tryAcquire("alice")).isPositive();
    }
}
