package dev.picket.retrieval.llm;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.rag.query.Metadata;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.rag.query.transformer.CompressingQueryTransformer;
import dev.picket.retrieval.Turn;
import dev.picket.retrieval.answer.ExtractiveAnswerer;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a follow-up ("and when did they end?") into a question that stands alone, with LangChain4j's
 * {@link CompressingQueryTransformer} over the conversation, so retrieval searches for what is meant rather than
 * for "they". The call is an LLM call like the answer's: it asks the circuit breaker, which records how it went,
 * takes one of the same slots for as long as it runs (it ends before the answer call asks for one, so the two
 * never wait on each other), and waits no longer than the answer's timeout. When it cannot be made, fails, takes
 * too long, or replies with nothing a user could have typed, the follow-up is combined with the earlier
 * questions as offline ({@link Turn#combined}).
 */
final class FollowUpRewriter {

    private static final Logger log = LoggerFactory.getLogger(FollowUpRewriter.class);
    /** An earlier answer is cut to this many characters: its topic is in its first sentences. */
    static final int MAX_ANSWER = 600;
    // As the front ends treat a typed question: control characters (line breaks and tabs aside) become spaces.
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t\\r]]");

    private final CompressingQueryTransformer transformer;
    private final CircuitBreaker breaker;
    private final Bulkhead slots;
    private final Duration timeout;
    private final Executor calls;

    FollowUpRewriter(ChatModel model, FollowUpPrompt prompt, CircuitBreaker breaker, Bulkhead slots,
                     Duration timeout, Executor calls) {
        this.transformer = new CompressingQueryTransformer(model, prompt.template());
        this.breaker = breaker;
        this.slots = slots;
        this.timeout = timeout;
        this.calls = calls;
    }

    /**
     * What retrieval searches for {@code followUp}: itself when it starts afresh or is small talk (which is
     * never rewritten), else the model's standalone question, else the offline combination.
     *
     * @param history the earlier turns, most recent first
     */
    String standalone(String followUp, List<Turn> history) {
        if (history.isEmpty() || ExtractiveAnswerer.isSmallTalk(followUp)) {
            return followUp;
        }
        List<ChatMessage> memory = memory(history);
        if (memory.isEmpty()) {
            // Turns of nothing but invisible characters: there is no conversation to make it stand in.
            return followUp;
        }
        String offline = Turn.combined(followUp, history, Turn.MAX_QUESTION);
        if (!breaker.tryAcquirePermission()) {
            return offline;
        }
        if (!slots.tryAcquirePermission()) {
            breaker.releasePermission();
            log.warn("Every LLM call slot was busy, so a follow-up is combined with the earlier questions");
            return offline;
        }
        long start = System.nanoTime();
        // The slot is free once the call ends, before its result is seen, so the answer call can take it; or
        // once the timeout cancels it.
        AtomicBoolean held = new AtomicBoolean(true);
        Runnable free = () -> {
            if (held.compareAndSet(true, false)) {
                slots.onComplete();
            }
        };
        FutureTask<String> call = new FutureTask<>(() -> {
            try {
                return rewrite(followUp, memory);
            } finally {
                free.run();
            }
        }) {
            @Override
            protected void done() {
                free.run();
            }
        };
        try {
            calls.execute(call);
            String question = asQuestion(call.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
            if (question.isEmpty()) {
                return failed(offline, start, new IllegalStateException("the rewrite was not a question"));
            }
            breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            return question;
        } catch (TimeoutException e) {
            call.cancel(true);
            return failed(offline, start, new TimeoutException("no rewrite within " + timeout));
        } catch (ExecutionException e) {
            return failed(offline, start, e.getCause());
        } catch (RejectedExecutionException e) {
            call.cancel(false);
            return failed(offline, start, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            call.cancel(true);
            return failed(offline, start, e);
        }
    }

    private String failed(String offline, long start, Throwable error) {
        breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, error);
        log.warn("Rewriting a follow-up failed, so it is combined with the earlier questions: {}", error.toString());
        return offline;
    }

    private String rewrite(String followUp, List<ChatMessage> memory) {
        String query = UntrustedText.oneLine(followUp, Turn.MAX_QUESTION);
        Collection<Query> rewritten = transformer.transform(Query.from(query,
                Metadata.from(UserMessage.from(query), query, memory)));
        return rewritten.isEmpty() ? "" : rewritten.iterator().next().text();
    }

    /**
     * The conversation oldest first, as LangChain4j's chat memory. Every turn is untrusted (what users typed,
     * what a model wrote): each is made plain and one line, so none can start a line that looks like the prompt's
     * own ("Follow-up: …", "Rules:"), and bounded.
     */
    private static List<ChatMessage> memory(List<Turn> history) {
        List<ChatMessage> memory = new ArrayList<>();
        for (Turn turn : history.reversed()) {
            String question = UntrustedText.oneLine(turn.question(), Turn.MAX_QUESTION);
            if (!question.isEmpty()) {
                memory.add(UserMessage.from(question));
            }
            String answer = turn.answer() == null ? "" : UntrustedText.oneLine(turn.answer(), MAX_ANSWER);
            if (!answer.isEmpty()) {
                memory.add(AiMessage.from(answer));
            }
        }
        return memory;
    }

    /**
     * The model's reply as a typed question would be taken: its first line without quotes around it, control
     * characters as spaces; empty when there is none, or when it is longer than a question may be.
     */
    static String asQuestion(String reply) {
        String line = reply == null ? "" : reply.strip().lines().map(String::strip).filter(l -> !l.isEmpty())
                .findFirst().orElse("");
        line = CONTROL.matcher(line.replaceAll("^[\"'“”‘’]+|[\"'“”‘’]+$", "")).replaceAll(" ").strip();
        return line.length() <= Turn.MAX_QUESTION ? line : "";
    }
}
