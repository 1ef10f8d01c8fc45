package dev.picket.retrieval.llm;

import java.time.Duration;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;

/** What keeps picket's LLM calls in bounds: a breaker for an LLM that keeps failing, and a cap on calls at once. */
public final class LlmGuards {

    private LlmGuards() {
    }

    /**
     * The breaker picket uses: open when at least half of the last five calls (three at the least) failed; then
     * calls are skipped for {@code openFor}, after which one call probes whether the LLM is back.
     */
    public static CircuitBreaker circuitBreaker(Duration openFor) {
        return CircuitBreaker.of("llm", CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED).slidingWindowSize(5)
                .minimumNumberOfCalls(3).failureRateThreshold(50).waitDurationInOpenState(openFor)
                .permittedNumberOfCallsInHalfOpenState(1).build());
    }

    /**
     * The slots LLM calls share: at most {@code maxCalls} at once; a question waits up to {@code queueWait} for
     * one and is answered extractively if none comes free.
     */
    public static Bulkhead bulkhead(int maxCalls, Duration queueWait) {
        return Bulkhead.of("llm", BulkheadConfig.custom().maxConcurrentCalls(maxCalls).maxWaitDuration(queueWait)
                .build());
    }
}
