package dev.picket.bot.api;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

/** A token bucket per user or client: a few questions at once, then one more each time a token refills. */
public final class QuestionRateLimiter {

    // Users whose buckets are full again are forgotten once this many are tracked, so the map cannot grow forever.
    private static final int PRUNE_AT = 10_000;

    private final int perMinute;
    private final TimeMeter time;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final LongAdder refused = new LongAdder();

    public QuestionRateLimiter(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.time = new ClockTimeMeter(clock);
    }

    /** Takes one question from the user's allowance; zero when it may be asked now, else how long to wait. */
    public Duration tryAcquire(String userId) {
        if (buckets.size() >= PRUNE_AT) {
            buckets.values().removeIf(b -> b.getAvailableTokens() >= perMinute);
        }
        ConsumptionProbe probe = buckets.computeIfAbsent(userId, id -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return Duration.ZERO;
        }
        refused.increment();
        return Duration.ofNanos(probe.getNanosToWaitForRefill());
    }

    /** How many questions were refused so far, for the metrics. */
    public long refused() {
        return refused.sum();
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .withCustomTimePrecision(time).build();
    }

    private record ClockTimeMeter(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            var now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
