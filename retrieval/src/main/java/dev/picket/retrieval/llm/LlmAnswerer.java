package dev.picket.retrieval.llm;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.injector.ContentInjector;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;
import dev.picket.retrieval.Answer;
import dev.picket.retrieval.AnswerListener;
import dev.picket.retrieval.Answerer;
import dev.picket.retrieval.Citation;
import dev.picket.retrieval.SearchHit;
import dev.picket.retrieval.StreamingAnswerer;
import dev.picket.retrieval.Timings;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers through an LLM from the retrieved passages, then keeps only what the cited passages support. Whenever
 * the LLM fails (an error, a timeout, an empty or uncited completion, nothing supported) the answer is the
 * fallback answerer's, marked with why, within the timeout. A circuit breaker stops calling an LLM that keeps
 * failing for a while.
 */
public final class LlmAnswerer implements Answerer, StreamingAnswerer {

    private static final Logger log = LoggerFactory.getLogger(LlmAnswerer.class);

    // The model declining in its own words, when it cites nothing.
    private static final Pattern DECLINE = Pattern.compile("(?i)\\b(sources?|articles?) (do(es)?n['\u2019]?t|do(es)? "
            + "not)\\b|\\b(can(no|['\u2019])t|cannot|unable to)\\b|\\bno information\\b|\\bnot (mention|say|cover|"
            + "contain|answer|provide|include)");
    // Reasoning models served by Ollama or vLLM may put their thinking in the content; it is not the answer.
    private static final Pattern THINKING = Pattern.compile("(?s)<think>.*?</think>");
    private static final ExecutorService CALLS = Executors.newVirtualThreadPerTaskExecutor();

    private final ContentRetriever retriever;
    private final ContentInjector injector;
    private final SystemPrompt systemPrompt;
    private final ChatModel chatModel;
    private final StreamingChatModel streamingModel;
    private final CitationVerifier verifier;
    private final Answerer fallback;
    private final CircuitBreaker breaker;
    private final Duration timeout;
    private final Clock clock;

    private LlmAnswerer(Builder b) {
        this.retriever = Objects.requireNonNull(b.retriever, "contentRetriever");
        this.chatModel = Objects.requireNonNull(b.chatModel, "chatModel");
        this.fallback = Objects.requireNonNull(b.fallback, "fallback");
        this.streamingModel = b.streamingModel;
        this.injector = b.injector == null ? new NumberedSourcesInjector() : b.injector;
        this.systemPrompt = b.systemPrompt == null ? SystemPrompt.builtIn() : b.systemPrompt;
        this.verifier = b.verifier == null ? new DefaultCitationVerifier() : b.verifier;
        this.timeout = b.timeout;
        this.breaker = b.breaker == null ? circuitBreaker(Duration.ofSeconds(30)) : b.breaker;
        this.clock = b.clock;
    }

    public static Builder builder() {
        return new Builder();
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

    public CircuitBreaker circuitBreaker() {
        return breaker;
    }

    @Override
    public Answer answer(String question) {
        long start = System.nanoTime();
        Sources sources = sources(question);
        if (sources.hits().isEmpty()) {
            return Answer.abstain(Answer.LLM, new Timings(sources.retrievalMs(), Timings.millisSince(start)));
        }
        if (!breaker.tryAcquirePermission()) {
            return fallback(question, CIRCUIT_OPEN, start, 0, List.of());
        }
        long llmStart = System.nanoTime();
        Future<ChatResponse> call = CALLS.submit(() -> chatModel.chat(request(question, sources)));
        ChatResponse response;
        try {
            response = call.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            return failed(question, e, start, llmStart);
        } catch (ExecutionException e) {
            return failed(question, e.getCause(), start, llmStart);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            call.cancel(true);
            return failed(question, e, start, llmStart);
        }
        return completed(question, response, sources, start, llmStart);
    }

    @Override
    public void answer(String question, AnswerListener listener) {
        if (streamingModel == null) {
            StreamingAnswerer.of(this).answer(question, listener);
            return;
        }
        long start = System.nanoTime();
        Sources sources;
        try {
            sources = sources(question);
        } catch (RuntimeException e) {
            listener.onError(e);
            return;
        }
        listener.onSources(IntStream.range(0, sources.hits().size())
                .mapToObj(i -> Citation.of(i + 1, sources.hits().get(i))).toList());
        if (sources.hits().isEmpty()) {
            listener.onComplete(Answer.abstain(Answer.LLM,
                    new Timings(sources.retrievalMs(), Timings.millisSince(start))));
            return;
        }
        if (!breaker.tryAcquirePermission()) {
            listener.onComplete(fallback(question, CIRCUIT_OPEN, start, 0, List.of()));
            return;
        }
        long llmStart = System.nanoTime();
        Once once = new Once();
        CompletableFuture.delayedExecutor(timeout.toMillis(), TimeUnit.MILLISECONDS).execute(() ->
                once.complete(() -> listener.onComplete(failed(question, new TimeoutException(), start, llmStart))));
        StreamingChatResponseHandler handler = new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(String text) {
                if (text != null && !text.isEmpty()) {
                    once.delta(() -> listener.onDelta(text));
                }
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
                once.complete(() -> listener.onComplete(completed(question, response, sources, start, llmStart)));
            }

            @Override
            public void onError(Throwable error) {
                once.complete(() -> listener.onComplete(failed(question, error, start, llmStart)));
            }
        };
        try {
            streamingModel.chat(request(question, sources), handler);
        } catch (RuntimeException e) {
            handler.onError(e);
        }
    }

    private static final String CIRCUIT_OPEN = "the LLM failed repeatedly; picket is not calling it for a while";

    private Sources sources(String question) {
        long start = System.nanoTime();
        List<Content> contents = retriever.retrieve(Query.from(question));
        return new Sources(contents, contents.stream().map(PassageContentRetriever::hit).toList(),
                Timings.millisSince(start));
    }

    ChatRequest request(String question, Sources sources) {
        ChatMessage user = injector.inject(sources.contents(), UserMessage.from(question));
        return ChatRequest.builder()
                .messages(SystemMessage.from(systemPrompt.render(LocalDate.now(clock))), user)
                .build();
    }

    private Answer completed(String question, ChatResponse response, Sources sources, long start, long llmStart) {
        double llmMs = Timings.millisSince(llmStart);
        String text = response == null || response.aiMessage() == null ? null : response.aiMessage().text();
        if (text != null) {
            text = THINKING.matcher(text).replaceAll("");
        }
        if (text == null || text.isBlank()) {
            breaker.onError(System.nanoTime() - llmStart, TimeUnit.NANOSECONDS,
                    new IllegalStateException("empty completion"));
            return fallback(question, "the LLM returned an empty completion", start, llmMs, List.of());
        }
        breaker.onSuccess(System.nanoTime() - llmStart, TimeUnit.NANOSECONDS);
        VerifiedAnswer verified = verifier.verify(text, sources.hits());
        if (!verified.citedAny()) {
            if (DECLINE.matcher(text).find()) {
                return new Answer(Answer.ABSTENTION, false, Answer.LLM, List.of(),
                        new Timings(sources.retrievalMs(), Timings.millisSince(start), llmMs));
            }
            return fallback(question, "the LLM answer cited none of the sources it was given", start, llmMs,
                    verified.unsupported());
        }
        if (!verified.isSupported()) {
            return fallback(question, "no sentence of the LLM answer was supported by the sources it cited", start,
                    llmMs, verified.unsupported());
        }
        List<Citation> citations = IntStream.range(0, verified.cited().size())
                .mapToObj(i -> Citation.of(i + 1, verified.cited().get(i))).toList();
        return new Answer(verified.text(), true, Answer.LLM, citations,
                new Timings(sources.retrievalMs(), Timings.millisSince(start), llmMs), null, verified.unsupported());
    }

    private Answer failed(String question, Throwable error, long start, long llmStart) {
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

    /**
     * Lets a stream end exactly once, whichever of the model, its error and the timeout comes first, and keeps
     * deltas from arriving after the end.
     */
    private static final class Once {
        private boolean done;

        synchronized void delta(Runnable send) {
            if (!done) {
                send.run();
            }
        }

        synchronized void complete(Runnable send) {
            if (!done) {
                done = true;
                send.run();
            }
        }
    }

    /** The retrieved passages, as LangChain4j contents for the prompt and as hits for the citations. */
    record Sources(List<Content> contents, List<SearchHit> hits, double retrievalMs) {
    }

    public static final class Builder {
        private ContentRetriever retriever;
        private ContentInjector injector;
        private SystemPrompt systemPrompt;
        private ChatModel chatModel;
        private StreamingChatModel streamingModel;
        private CitationVerifier verifier;
        private Answerer fallback;
        private CircuitBreaker breaker;
        private Duration timeout = Duration.ofSeconds(60);
        private Clock clock = Clock.systemDefaultZone();

        private Builder() {
        }

        public Builder contentRetriever(ContentRetriever retriever) {
            this.retriever = retriever;
            return this;
        }

        /** How the sources go into the user message; numbered and framed as data by default. */
        public Builder contentInjector(ContentInjector injector) {
            this.injector = injector;
            return this;
        }

        public Builder systemPrompt(SystemPrompt systemPrompt) {
            this.systemPrompt = systemPrompt;
            return this;
        }

        public Builder chatModel(ChatModel chatModel) {
            this.chatModel = chatModel;
            return this;
        }

        /** Optional; without it a stream is the whole answer in one delta. */
        public Builder streamingChatModel(StreamingChatModel streamingModel) {
            this.streamingModel = streamingModel;
            return this;
        }

        public Builder verifier(CitationVerifier verifier) {
            this.verifier = verifier;
            return this;
        }

        /** The answerer used whenever the LLM fails: the extractive one. */
        public Builder fallback(Answerer fallback) {
            this.fallback = fallback;
            return this;
        }

        public Builder circuitBreaker(CircuitBreaker breaker) {
            this.breaker = breaker;
            return this;
        }

        /** The most an answer waits for the LLM before falling back. */
        public Builder timeout(Duration timeout) {
            if (timeout == null || timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be positive");
            }
            this.timeout = timeout;
            return this;
        }

        /** Gives the prompt today's date. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public LlmAnswerer build() {
            return new LlmAnswerer(this);
        }
    }
}
