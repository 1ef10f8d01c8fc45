package dev.picket.retrieval.llm;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.injector.ContentInjector;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.picket.corpus.Abbreviations;
import dev.picket.retrieval.Answer;
import dev.picket.retrieval.AnswerListener;
import dev.picket.retrieval.Answerer;
import dev.picket.retrieval.Citation;
import dev.picket.retrieval.SearchHit;
import dev.picket.retrieval.StreamingAnswerer;
import dev.picket.retrieval.Timings;
import dev.picket.retrieval.Turn;
import dev.picket.retrieval.answer.ExtractiveAnswerer;
import dev.picket.retrieval.answer.SentenceSimilarity;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;

/**
 * Answers through an LLM from the retrieved passages, then keeps only what the cited passages support. Whenever
 * the LLM fails (an error, a timeout, an empty or uncited completion, nothing supported) the answer is the
 * fallback answerer's, marked with why, within the timeout. A circuit breaker stops calling an LLM that keeps
 * failing for a while.
 */
public final class LlmAnswerer implements Answerer, StreamingAnswerer {

    private final Prompting prompting;
    private final ChatModel chatModel;
    private final StreamingChatModel streamingModel;
    private final CircuitBreaker breaker;
    private final Bulkhead slots;
    private final Duration timeout;
    private final Executor calls;
    private final Outcomes outcomes;
    private final Answerer fallback;

    private LlmAnswerer(Builder b) {
        this.chatModel = Objects.requireNonNull(b.chatModel, "chatModel");
        this.streamingModel = b.streamingModel;
        this.timeout = b.timeout;
        this.breaker = b.breaker == null ? LlmGuards.circuitBreaker(Duration.ofSeconds(30)) : b.breaker;
        this.slots = b.slots == null ? LlmGuards.bulkhead(4, Duration.ofSeconds(2)) : b.slots;
        this.calls = b.calls;
        this.prompting = new Prompting(b.retriever, b.injector, b.systemPrompt, new FollowUpRewriter(chatModel,
                b.followUpPrompt == null ? FollowUpPrompt.load(null) : b.followUpPrompt, breaker, slots, timeout,
                calls), b.clock);
        this.fallback = Objects.requireNonNull(b.fallback, "fallback");
        this.outcomes = new Outcomes(b.verifier == null ? new DefaultCitationVerifier(new SentenceSupport(
                b.abbreviations, new Meaning(b.sentenceSimilarity))) : b.verifier, fallback, breaker, timeout);
    }

    public static Builder builder() {
        return new Builder();
    }

    public CircuitBreaker circuitBreaker() {
        return breaker;
    }

    @Override
    public Answer answer(String question) {
        if (ExtractiveAnswerer.isSmallTalk(question)) {
            return fallback.answer(question);
        }
        long start = System.nanoTime();
        Sources sources = prompting.sources(question);
        if (sources.hits().isEmpty()) {
            return Answer.abstain(Answer.LLM, new Timings(sources.retrievalMs(), Timings.millisSince(start)));
        }
        if (!breaker.tryAcquirePermission()) {
            return outcomes.circuitOpen(question, start);
        }
        if (!slots.tryAcquirePermission()) {
            return outcomes.busy(question, start);
        }
        long llmStart = System.nanoTime();
        // The slot is free again when the call ends, or is cancelled by the timeout.
        FutureTask<ChatResponse> call = new FutureTask<>(() -> chatModel.chat(request(question, sources))) {
            @Override
            protected void done() {
                slots.onComplete();
            }
        };
        ChatResponse response;
        try {
            calls.execute(call);
            response = call.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            return outcomes.failed(question, e, start, llmStart);
        } catch (ExecutionException e) {
            return outcomes.failed(question, e.getCause(), start, llmStart);
        } catch (RejectedExecutionException e) {
            // Every call slot is taken, or the application is shutting down.
            call.cancel(false);
            return outcomes.failed(question, e, start, llmStart);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            call.cancel(true);
            return outcomes.failed(question, e, start, llmStart);
        }
        return outcomes.completed(question, response, sources, start, llmStart);
    }

    @Override
    public void answer(String question, AnswerListener listener) {
        if (streamingModel == null || ExtractiveAnswerer.isSmallTalk(question)) {
            StreamingAnswerer.of(this).answer(question, listener);
            return;
        }
        long start = System.nanoTime();
        Sources sources;
        try {
            sources = prompting.sources(question);
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
            listener.onComplete(outcomes.circuitOpen(question, start));
            return;
        }
        if (!slots.tryAcquirePermission()) {
            listener.onComplete(outcomes.busy(question, start));
            return;
        }
        long llmStart = System.nanoTime();
        StreamEnd once = new StreamEnd(slots::onComplete);
        CompletableFuture.delayedExecutor(timeout.toMillis(), TimeUnit.MILLISECONDS).execute(() ->
                once.complete(() -> listener.onComplete(outcomes.failed(question, new TimeoutException(), start, llmStart))));
        StreamingChatResponseHandler handler = new LlmStreamHandler(once, outcomes.checkedStream(sources), listener,
                response -> outcomes.completed(question, response, sources, start, llmStart),
                error -> outcomes.failed(question, error, start, llmStart));
        try {
            streamingModel.chat(request(question, sources), handler);
        } catch (RuntimeException e) {
            handler.onError(e);
        }
    }

    /** A follow-up is first rewritten by the LLM into a question that stands alone; retrieval searches that. */
    @Override
    public Answer answer(String question, List<Turn> history) {
        return prompting.followUp(question, history, this::answer);
    }

    @Override
    public void answer(String question, List<Turn> history, AnswerListener listener) {
        prompting.followUp(question, history, listener, this::answer);
    }

    ChatRequest request(String question, Sources sources) {
        return prompting.request(question, sources);
    }

    /** The retrieved passages, as LangChain4j contents for the prompt and as hits for the citations. */
    record Sources(List<Content> contents, List<SearchHit> hits, double retrievalMs) {
    }

    public static final class Builder {
        private ContentRetriever retriever;
        private ContentInjector injector;
        private SystemPrompt systemPrompt;
        private FollowUpPrompt followUpPrompt;
        private ChatModel chatModel;
        private StreamingChatModel streamingModel;
        private CitationVerifier verifier;
        private Supplier<Abbreviations> abbreviations = Abbreviations::none;
        private SentenceSimilarity sentenceSimilarity;
        private Answerer fallback;
        private CircuitBreaker breaker;
        private Bulkhead slots;
        private Duration timeout = Duration.ofSeconds(60);
        private Clock clock = Clock.systemDefaultZone();
        // A virtual thread per call unless the application bounds them.
        private Executor calls = Thread::startVirtualThread;

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

        /** How a follow-up is rewritten into a question that stands alone; the jar's prompt by default. */
        public Builder followUpPrompt(FollowUpPrompt followUpPrompt) {
            this.followUpPrompt = followUpPrompt;
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

        Builder verifier(CitationVerifier verifier) {
            this.verifier = verifier;
            return this;
        }

        /** What verification reads beside the passages: the corpus's abbreviations, asked for at each answer (a
         * reload replaces them), and closeness in meaning, a second signal (null: words alone decide). */
        public Builder verification(Supplier<Abbreviations> abbreviations, SentenceSimilarity sentenceSimilarity) {
            this.abbreviations = Objects.requireNonNull(abbreviations, "abbreviations");
            this.sentenceSimilarity = sentenceSimilarity;
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

        /** The slots LLM calls share; four, with a two-second wait, by default. */
        public Builder bulkhead(Bulkhead slots) {
            this.slots = slots;
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

        /**
         * Runs the blocking LLM calls; a call that has not returned within the timeout, waiting for a thread
         * included, falls back. Each call gets a virtual thread by default.
         */
        public Builder executor(Executor calls) {
            this.calls = Objects.requireNonNull(calls, "executor");
            return this;
        }

        public LlmAnswerer build() {
            return new LlmAnswerer(this);
        }
    }
}
