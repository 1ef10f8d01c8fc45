package dev.picket.retrieval.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.picket.retrieval.Answer;
import dev.picket.retrieval.PassageRetriever;
import dev.picket.retrieval.Turn;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A follow-up's rewrite is an LLM call under the answer call's guards: the circuit breaker records it, it takes
 * a slot of the same bulkhead, and the answerer's timeout bounds it. Whatever stops it, the follow-up is combined
 * with the earlier questions and the answer still comes.
 */
class FollowUpGuardsTest {

    @RegisterExtension
    static LlmTestBed bed = new LlmTestBed();

    private static final String EARLIER = "Were ambulance workers going on strike in December 2022?";
    private static final String FOLLOW_UP = "how many soldiers would cover for them?";
    private static final List<Turn> HISTORY = List.of(new Turn(EARLIER, "Yes, they were [1]."));
    private static final String COMBINED = FOLLOW_UP + " " + EARLIER;

    private final List<String> searched = Collections.synchronizedList(new ArrayList<>());
    // The breaker's events (SUCCESS, ERROR, NOT_PERMITTED…), in the order they happened.
    private final List<String> recorded = Collections.synchronizedList(new ArrayList<>());

    private LlmAnswerer.Builder answerer(Duration timeout) {
        PassageRetriever recording = (question, k) -> {
            searched.add(question);
            return bed.sample.retriever.retrieve(question, k);
        };
        CircuitBreaker breaker = LlmGuards.circuitBreaker(Duration.ofMinutes(5));
        breaker.getEventPublisher().onEvent(e -> recorded.add(e.getEventType().name()));
        return SampleLlm.answerer(recording, bed.sample, LlmProvider.OPENAI, bed.baseUrl(LlmProvider.OPENAI),
                timeout).circuitBreaker(breaker);
    }

    private static void rewriteReplies(ResponseDefinitionBuilder response) {
        bed.llm.stubFor(post("/v1/chat/completions").withRequestBody(containing("Follow-up:")).willReturn(response));
    }

    private int answerReplies() {
        int troops = SampleLlm.numberOf(SampleLlm.sources(bed.sample, COMBINED), "1,200");
        bed.llm.stubFor(post("/v1/chat/completions").withRequestBody(containing("Numbered sources"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(LlmStub.openAi("About 1,200 troops were to be deployed [" + troops + "]."))));
        return troops;
    }

    @Test
    void should_answer_from_the_combined_follow_up_when_the_rewrite_outlasts_the_timeout() {
        rewriteReplies(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(LlmStub.openAi(SampleLlm.TROOPS)).withFixedDelay(5_000));
        answerReplies();
        LlmAnswerer answerer = answerer(Duration.ofMillis(1_500)).build();

        Answer answer = answerer.answer(FOLLOW_UP, HISTORY);

        assertThat(searched).containsExactly(COMBINED);
        assertThat(answer.mode()).isEqualTo(Answer.LLM);
        assertThat(answer.fallbackReason()).isNull();
        assertThat(answer.answer()).isEqualTo("About 1,200 troops were to be deployed [1].");
        assertThat(answer.searchedFor()).isEqualTo(COMBINED);
        // The rewrite's timeout is the breaker's first record, the answer's success the second.
        assertThat(recorded).containsExactly("ERROR", "SUCCESS");
    }

    @Test
    void should_count_a_failed_rewrite_in_the_circuit_breaker_when_the_llm_errs() {
        rewriteReplies(aResponse().withStatus(500).withBody("{\"error\": \"boom\"}"));
        answerReplies();
        LlmAnswerer answerer = answerer(Duration.ofSeconds(10)).build();

        Answer answer = answerer.answer(FOLLOW_UP, HISTORY);

        assertThat(recorded).containsExactly("ERROR", "SUCCESS");
        CircuitBreaker.Metrics metrics = answerer.circuitBreaker().getMetrics();
        assertThat(metrics.getNumberOfFailedCalls()).isEqualTo(1);
        assertThat(metrics.getNumberOfSuccessfulCalls()).isEqualTo(1);
        assertThat(answer.mode()).isEqualTo(Answer.LLM);
        assertThat(searched).containsExactly(COMBINED);
    }

    @Test
    void should_open_the_circuit_when_rewrites_keep_failing() {
        rewriteReplies(aResponse().withStatus(500).withBody("{\"error\": \"boom\"}"));
        bed.llm.stubFor(post("/v1/chat/completions").withRequestBody(containing("Numbered sources"))
                .willReturn(aResponse().withStatus(500).withBody("{\"error\": \"boom\"}")));
        LlmAnswerer answerer = answerer(Duration.ofSeconds(10)).build();

        answerer.answer(FOLLOW_UP, HISTORY);
        answerer.answer(FOLLOW_UP, HISTORY);
        Answer third = answerer.answer(FOLLOW_UP, HISTORY);

        // Two failed rewrites and an answer that failed too open it; the third question calls nothing.
        assertThat(recorded).startsWith("ERROR", "ERROR", "ERROR").containsSubsequence("ERROR", "STATE_TRANSITION",
                "NOT_PERMITTED", "NOT_PERMITTED", "NOT_PERMITTED");
        assertThat(answerer.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(bed.llm.getAllServeEvents()).hasSize(3);
        assertThat(third.mode()).isEqualTo(Answer.EXTRACTIVE);
        assertThat(third.searchedFor()).isEqualTo(COMBINED);
    }

    @Test
    void should_not_call_the_llm_to_rewrite_when_its_circuit_is_open() {
        LlmAnswerer answerer = answerer(Duration.ofSeconds(10)).build();
        answerer.circuitBreaker().transitionToOpenState();

        Answer answer = answerer.answer(FOLLOW_UP, HISTORY);

        assertThat(bed.llm.getAllServeEvents()).isEmpty();
        assertThat(searched).containsExactly(COMBINED);
        assertThat(answer.fallbackReason()).contains("failed repeatedly");
    }

    @Test
    void should_take_and_give_back_a_slot_of_the_answer_calls_when_rewriting() {
        Bulkhead slots = LlmGuards.bulkhead(1, Duration.ZERO);
        List<Integer> freeDuringCalls = new ArrayList<>();
        int troops = SampleLlm.numberOf(SampleLlm.sources(bed.sample, SampleLlm.TROOPS), "1,200");
        ChatModel model = new ChatModel() {
            @Override
            public ChatResponse doChat(ChatRequest request) {
                freeDuringCalls.add(slots.getMetrics().getAvailableConcurrentCalls());
                String reply = ((UserMessage) request.messages().getLast()).singleText().contains("Follow-up:") ? SampleLlm.TROOPS
                        : "About 1,200 troops were to be deployed [" + troops + "].";
                return ChatResponse.builder().aiMessage(AiMessage.from(reply)).build();
            }
        };
        LlmAnswerer answerer = answerer(Duration.ofSeconds(10)).chatModel(model).bulkhead(slots).build();

        Answer answer = answerer.answer(FOLLOW_UP, HISTORY);

        // One slot, with no wait for it: the rewrite held it, gave it back, and the answer call took it in turn.
        assertThat(freeDuringCalls).containsExactly(0, 0);
        assertThat(answer.mode()).isEqualTo(Answer.LLM);
        assertThat(answer.searchedFor()).isEqualTo(SampleLlm.TROOPS);
        assertThat(searched).containsExactly(SampleLlm.TROOPS);
    }

    @Test
    void should_combine_the_follow_up_when_every_slot_is_taken() {
        Bulkhead slots = LlmGuards.bulkhead(1, Duration.ZERO);
        assertThat(slots.tryAcquirePermission()).isTrue();
        LlmAnswerer answerer = answerer(Duration.ofSeconds(10)).bulkhead(slots).build();

        Answer answer = answerer.answer(FOLLOW_UP, HISTORY);

        assertThat(bed.llm.getAllServeEvents()).isEmpty();
        assertThat(searched).containsExactly(COMBINED);
        assertThat(answer.fallbackReason()).contains("busy");
        // A rewrite that never ran is neither a success nor a failure of the LLM.
        assertThat(recorded).isEmpty();
        assertThat(answerer.circuitBreaker().getMetrics().getNumberOfBufferedCalls()).isZero();
    }

    @Test
    void should_stream_the_answer_to_the_combined_follow_up_when_the_rewrite_outlasts_the_timeout()
            throws Exception {
        rewriteReplies(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(LlmStub.openAi(SampleLlm.TROOPS)).withFixedDelay(5_000));
        int troops = SampleLlm.numberOf(SampleLlm.sources(bed.sample, COMBINED), "1,200");
        bed.llm.stubFor(post("/v1/chat/completions").withRequestBody(containing("Numbered sources"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream")
                        .withBody(LlmStub.openAiStream(List.of("About 1,200 troops were ",
                                "to be deployed [" + troops + "].")))));
        RecordingListener listener = new RecordingListener();

        answerer(Duration.ofMillis(1_500)).build().answer(FOLLOW_UP, HISTORY, listener);

        Answer answer = listener.done.get(10, TimeUnit.SECONDS);
        assertThat(answer.answer()).isEqualTo("About 1,200 troops were to be deployed [1].");
        assertThat(answer.searchedFor()).isEqualTo(COMBINED);
        assertThat(recorded).containsExactly("ERROR", "SUCCESS");
    }
}
