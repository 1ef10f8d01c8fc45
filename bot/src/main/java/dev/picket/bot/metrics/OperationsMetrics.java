package dev.picket.bot.metrics;

import dev.picket.bot.reload.ReloadReport;
import dev.picket.bot.reload.ReloadService;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Reloads ({@code picket.reloads} by outcome, {@code picket.reload.duration}) and the LLM breaker
 * ({@code picket.llm.breaker.state}: 1 for the state it is in, 0 for the others; no series without an LLM).
 */
@Component
class OperationsMetrics implements MeterBinder {

    private final ReloadService reloads;
    private final ObjectProvider<CircuitBreaker> breaker;

    OperationsMetrics(ReloadService reloads, ObjectProvider<CircuitBreaker> breaker) {
        this.reloads = reloads;
        this.breaker = breaker;
    }

    @Override
    public void bindTo(MeterRegistry meters) {
        reloads.onFinished(report -> record(meters, report));
        CircuitBreaker cb = breaker.getIfAvailable();
        if (cb != null) {
            for (CircuitBreaker.State state : CircuitBreaker.State.values()) {
                Gauge.builder("picket.llm.breaker.state", cb, c -> c.getState() == state ? 1 : 0)
                        .description("1 for the LLM circuit breaker's current state").tag("state", state.name())
                        .register(meters);
            }
        }
    }

    private static void record(MeterRegistry meters, ReloadReport report) {
        String outcome = report.succeeded() ? "succeeded" : "failed";
        Counter.builder("picket.reloads").description("Reloads of the corpus folder").tag("outcome", outcome)
                .register(meters).increment();
        Timer.builder("picket.reload.duration").description("Time a reload took").tag("outcome", outcome)
                .register(meters).record(report.duration());
    }
}
