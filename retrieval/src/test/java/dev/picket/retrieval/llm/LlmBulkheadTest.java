package dev.picket.retrieval.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import dev.picket.retrieval.Answer;
import io.github.resilience4j.bulkhead.Bulkhead;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** LLM calls share a bounded number of slots, and a stream whose client left stops its call. */
class LlmBulkheadTest {

    @RegisterExtension
    static final LlmTestBed bed = new LlmTestBed();

    @Test
    void should_answer_extractively_without_calling_the_llm_when_every_slot_stays_taken() throws Exception {
        CountDownLatch inCall = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        ChatModel held = new ChatModel() {
            @Override
            public ChatResponse doChat(ChatRequest request) {
                calls.incrementAndGet();
                inCall.countDown();
                try {
                    release.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return ChatResponse.builder().aiMessage(AiMessage.from("1,200 troops [1].")).build();
            }
        };
        Bulkhead slots = LlmGuards.bulkhead(1, Duration.ZERO);
        LlmAnswerer answerer = bed.answerer(LlmProvider.OPENAI, Duration.ofSeconds(30)).chatModel(held)
                .bulkhead(slots).build();

        CompletableFuture<Answer> first = CompletableFuture.supplyAsync(() -> answerer.answer(SampleLlm.TROOPS));
        assertThat(inCall.await(10, TimeUnit.SECONDS)).isTrue();
        Answer second = answerer.answer(SampleLlm.TROOPS);
        release.countDown();
        first.get(20, TimeUnit.SECONDS);

        assertThat(second.mode()).isEqualTo(Answer.EXTRACTIVE);
        assertThat(second.fallbackReason()).contains("busy");
        assertThat(calls).hasValue(1);
        assertThat(slots.getMetrics().getAvailableConcurrentCalls()).isEqualTo(1);
        assertThat(answerer.circuitBreaker().getMetrics().getNumberOfFailedCalls()).isZero();
    }

    @Test
    void should_cancel_the_llm_stream_and_free_its_slot_when_the_client_is_gone() throws Exception {
        AtomicBoolean cancelled = new AtomicBoolean();
        AtomicInteger sent = new AtomicInteger();
        CountDownLatch modelDone = new CountDownLatch(1);
        // A supported sentence per token: each shows, checked, once the next begins.
        String sentence = "About 1,200 troops were expected to be deployed ["
                + SampleLlm.numberOf(SampleLlm.sources(bed.sample, SampleLlm.TROOPS), "1,200") + "]. ";
        StreamingChatModel endless = new StreamingChatModel() {
            @Override
            public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
                StreamingHandle handle = new StreamingHandle() {
                    @Override
                    public void cancel() {
                        cancelled.set(true);
                    }

                    @Override
                    public boolean isCancelled() {
                        return cancelled.get();
                    }
                };
                Thread.startVirtualThread(() -> {
                    for (int i = 0; i < 1_000 && !handle.isCancelled(); i++) {
                        sent.incrementAndGet();
                        handler.onPartialResponse(new PartialResponse(sentence), new PartialResponseContext(handle));
                    }
                    modelDone.countDown();
                });
            }
        };
        Bulkhead slots = LlmGuards.bulkhead(1, Duration.ZERO);
        LlmAnswerer answerer = bed.answerer(LlmProvider.OPENAI, Duration.ofSeconds(30)).streamingChatModel(endless)
                .bulkhead(slots).build();
        RecordingListener leaves = new RecordingListener() {
            @Override
            public synchronized boolean gone() {
                return events.contains("delta");
            }
        };

        answerer.answer(SampleLlm.TROOPS, leaves);

        assertThat(modelDone.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(cancelled).isTrue();
        assertThat(sent.get()).isLessThanOrEqualTo(3);
        assertThat(leaves.events).containsExactly("sources", "delta");
        assertThat(slots.getMetrics().getAvailableConcurrentCalls()).isEqualTo(1);
    }
}
