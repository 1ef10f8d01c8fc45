package dev.picket.bot.llm;

import dev.picket.retrieval.llm.LlmSettings;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The LLM's state: {@code DISABLED} without one, {@code UP} while calls go through, {@code DEGRADED} while the
 * circuit breaker holds calls back (answers are then extractive). Neither of the two custom states is in the
 * health aggregation order, so an LLM outage never marks picket itself down: it still answers.
 */
@Component("llm")
class LlmHealthIndicator implements HealthIndicator {

    static final Status DISABLED = new Status("DISABLED", "no LLM is configured; answers are extractive");
    static final Status DEGRADED = new Status("DEGRADED", "the LLM keeps failing; answers are extractive for now");

    private final LlmProperties properties;
    private final ObjectProvider<CircuitBreaker> breaker;

    LlmHealthIndicator(LlmProperties properties, ObjectProvider<CircuitBreaker> breaker) {
        this.properties = properties;
        this.breaker = breaker;
    }

    @Override
    public Health health() {
        CircuitBreaker cb = breaker.getIfAvailable();
        if (!properties.enabled() || cb == null) {
            return Health.status(DISABLED).withDetail("provider", "none").build();
        }
        LlmSettings settings = properties.settings();
        CircuitBreaker.State state = cb.getState();
        boolean calling = state == CircuitBreaker.State.CLOSED || state == CircuitBreaker.State.DISABLED;
        return Health.status(calling ? Status.UP : DEGRADED)
                .withDetail("provider", properties.providerName())
                .withDetail("model", settings.model())
                .withDetail("baseUrl", settings.displayUrl())
                .withDetail("circuit", state.name())
                .withDetail("failureRate", cb.getMetrics().getFailureRate())
                .build();
    }
}
