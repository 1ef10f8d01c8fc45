package dev.picket.retrieval.llm;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import dev.langchain4j.model.chat.response.ChatResponse;
import dev.picket.retrieval.Answer;
import dev.picket.retrieval.Answerer;
import dev.picket.retrieval.Citation;
import dev.picket.retrieval.Timings;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an LLM call comes to: the verified answer, the model's own refusal, or the fallback answer marked with why
 * the LLM's was not used. Each outcome is reported to the circuit breaker.
 */
final class Outcomes {

    // Logged as the answerer's: operators filter on it.
    private static final Logger log = LoggerFactory.getLogger(LlmAnswerer.class);

    // The model declining in its own words, when it cites nothing.
    private static final Pattern DECLINE = Pattern.compile("(?i)\\b(sources?|articles?) (do(es)?n['\u2019]?t|do(es)? "
            + "not)\\b|\\b(can(no|['\u2019])t|cannot|unable to)\\b|\\bno information\\b|\\bnot (mention|say|cover|"
            + "contain|answer|provide|include)|\\bnone of the (sources?|articles?)\\b");
    // Reasoning models served by Ollama or vLLM may put their thinking in the content; it is not the answer.
    private static final Pattern THINKING = Pattern.compile("(?s)<think>.*?</think>");
    /** How a reason starts when picket declined instead of answering. */
    static final String DECLINED = "declined: ";
    private static final String BUSY = "every LLM call slot was busy (picket.llm.max-concurrent-calls)";
    private static final String CIRCUIT_OPEN = "the LLM failed repeatedly; picket is not calling it for a while";

    private final CitationVerifier verifier;
    private final Answerer fallback;
    private final CircuitBreaker breaker;
    private final Duration timeout;

    Outcomes(CitationVerifier verifier, Answerer fallback, CircuitBreaker breaker, Duration timeout) {
        this.verifier = verifier;
        this.fallback = fallback;
        this.breaker = breaker;
        this.timeout = timeout;
    }

    /** What a stream from these sources may show as it is written. */
    CheckedStream checkedStream(LlmAnswerer.Sources sources) {
        return new CheckedStream(verifier, sources.hits());
    }

    /** The fallback answer, for a question that found every LLM slot taken; not the LLM's failure. */
    Answer busy(String question, long start) {
        return fallback(question, BUSY, start, 0, List.of());
    }

    /** The fallback answer, for a question the breaker kept from the LLM. */
    Answer circuitOpen(String question, long start) {
        return fallback(question, CIRCUIT_OPEN, start, 0, List.of());
    }

    Answer completed(String question, ChatResponse response, LlmAnswerer.Sources sources, long start, long llmStart) {
        double llmMs = Timings.millisSince(llmStart);
        String text = response == null || response.aiMessage() == null ? null : response.aiMessage().text();
        if (text != null) {
            text = withoutThinking(text);
        }
        if (text == null || text.isBlank()) {
            breaker.onError(System.nanoTime() - llmStart, TimeUnit.NANOSECONDS,
                    new IllegalStateException("empty completion"));
            return fallback(question, "the LLM returned an empty completion", start, llmMs, List.of());
        }
        breaker.onSuccess(System.nanoTime() - llmStart, TimeUnit.NANOSECONDS);
        VerifiedAnswer verified = verifier.verify(text, sources.hits());
        if (!verified.isSupported()) {
            return unanswered(question, text, verified, sources, start, llmMs);
        }
        List<Citation> citations = IntStream.range(0, verified.cited().size())
                .mapToObj(i -> Citation.of(i + 1, verified.cited().get(i))).toList();
        return new Answer(verified.text(), true, Answer.LLM, citations,
                new Timings(sources.retrievalMs(), Timings.millisSince(start), llmMs), null, verified.unsupported());
    }

    /**
     * Nothing of the LLM's answer stands. picket declines when the model said its sources don't answer, or when
     * every sentence gave a number, name or date its sources don't (the model saw the passages and found nothing
     * there); otherwise the extractive answer stands in if it clears its own evidence bar, and picket declines if
     * not. The reason says which.
     */
    private Answer unanswered(String question, String text, VerifiedAnswer verified, LlmAnswerer.Sources sources,
                              long start, double llmMs) {
        if (DECLINE.matcher(text).find()) {
            return declined("the LLM said its sources don't answer this", verified, sources, start, llmMs);
        }
        if (verified.citedAny() && verified.unsupported().stream()
                .allMatch(u -> SentenceSupport.isMissingFact(u.reason()))) {
            return declined("every sentence of the LLM answer gave a number, name or date its sources don't",
                    verified, sources, start, llmMs);
        }
        String reason = verified.citedAny() ? "no sentence of the LLM answer was supported by the sources it cited"
                : "the LLM answer cited none of the sources it was given";
        Answer extractive = fallback(question, reason, start, llmMs, verified.unsupported());
        return extractive.answered() ? extractive : extractive.asFallback(DECLINED + reason
                + ", and the extractive answer fell short of its evidence bar", llmMs, Timings.millisSince(start),
                verified.unsupported());
    }

    private static Answer declined(String reason, VerifiedAnswer verified, LlmAnswerer.Sources sources, long start,
                                   double llmMs) {
        return new Answer(Answer.ABSTENTION, false, Answer.LLM, List.of(),
                new Timings(sources.retrievalMs(), Timings.millisSince(start), llmMs), DECLINED + reason,
                verified.unsupported());
    }

    /** The model's text without the reasoning some models write before answering. */
    static String withoutThinking(String text) {
        return THINKING.matcher(text).replaceAll("");
    }

    Answer failed(String question, Throwable error, long start, long llmStart) {
        double llmMs = Timings.millisSince(llmStart);
        breaker.onError(System.nanoTime() - llmStart, TimeUnit.NANOSECONDS, error);
        String reason = LlmFailure.reason(error, timeout);
        log.warn("LLM answer failed, answering extractively: {}", reason);
        return fallback(question, reason, start, llmMs, List.of());
    }

    private Answer fallback(String question, String reason, long start, double llmMs,
                            List<Answer.Unsupported> unsupported) {
        Answer extractive = fallback.answer(question);
        return extractive.asFallback(reason, llmMs, Timings.millisSince(start), unsupported);
    }
}
