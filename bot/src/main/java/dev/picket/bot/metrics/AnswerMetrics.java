package dev.picket.bot.metrics;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.picket.retrieval.Answer;
import dev.picket.retrieval.AnswerListener;
import dev.picket.retrieval.StreamingAnswerer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

/**
 * Times every answer from its own {@link dev.picket.retrieval.Timings}: {@code picket.answer} tagged with mode,
 * outcome (answered, declined, fell_back, help, failed) and front end; {@code picket.retrieval}; and
 * {@code picket.llm.call} when the LLM was asked. The model's tokens are counted apart, by {@link TokenMetrics}.
 */
@Component
public final class AnswerMetrics {

    private final MeterRegistry meters;
    /** Each timer as registered the first time: a builder and a registry lookup on every answer cost more. */
    private final Map<Key, Timer> timers = new ConcurrentHashMap<>();

    public AnswerMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    /** Records {@code answer}, given over {@code frontEnd}, and returns it. */
    public Answer record(FrontEnd frontEnd, Answer answer) {
        String outcome = answer.isHelp() ? "help" : answer.fallbackReason() != null ? "fell_back"
                : answer.answered() ? "answered" : "declined";
        timer("picket.answer", "Time to a whole answer", frontEnd, "mode", answer.mode(), "outcome", outcome)
                .record(millis(answer.timings().totalMs()));
        timer("picket.retrieval", "Time retrieving passages for an answer", frontEnd)
                .record(millis(answer.timings().retrievalMs()));
        if (answer.timings().llmMs() != null) {
            timer("picket.llm.call", "Time waiting for the LLM", frontEnd,
                    "outcome", answer.fallbackReason() == null ? "ok" : "fell_back")
                    .record(millis(answer.timings().llmMs()));
        }
        return answer;
    }

    /** The listener, recording the final answer it hears of (or the failure) on the way. */
    public AnswerListener listen(FrontEnd frontEnd, AnswerListener listener) {
        long start = System.nanoTime();
        return new AnswerListener.Forwarding(listener) {
            @Override
            public void onComplete(Answer answer) {
                super.onComplete(record(frontEnd, answer));
            }

            @Override
            public void onError(Throwable error) {
                timer("picket.answer", "Time to a whole answer", frontEnd, "mode", "unknown", "outcome", "failed")
                        .record(Duration.ofNanos(System.nanoTime() - start));
                super.onError(error);
            }
        };
    }

    /** {@code answerer}, recording each of its answers as given over {@code frontEnd}. */
    public StreamingAnswerer streaming(FrontEnd frontEnd, StreamingAnswerer answerer) {
        // A follow-up keeps its history, so an LLM answerer can rewrite it.
        return StreamingAnswerer.withHistory((question, history, listener) ->
                answerer.answer(question, history, listen(frontEnd, listener)));
    }

    private Timer timer(String name, String description, FrontEnd frontEnd, String... tags) {
        return timers.computeIfAbsent(new Key(name, frontEnd, List.of(tags)), k -> Timer.builder(name)
                .description(description).tag("front_end", frontEnd.tag()).tags(tags).register(meters));
    }

    /** A timer's name and tags; the description goes with the name. */
    private record Key(String name, FrontEnd frontEnd, List<String> tags) {
    }

    private static Duration millis(double ms) {
        return Duration.ofNanos(Math.round(ms * 1_000_000));
    }
}
