package dev.picket.retrieval.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.picket.retrieval.Answer;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every way the LLM can fail still yields an answer: the extractive one, with why, within the timeout. */
class LlmFaultsTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(1);
    /** How late the slow stub answers: far past the timeout, so an answer that waited for it is plain to see. */
    private static final int LLM_DELAY_MS = 8_000;
    private static final String PATH = "/v1/chat/completions";

    @RegisterExtension
    static LlmTestBed bed = new LlmTestBed();

    /** A failure, as the stub serves it to a plain and to a streaming request, and the reason it must give. */
    enum LlmFault {
        TIMEOUT(json(LlmStub.openAi("1,200 troops [1].")).withFixedDelay(LLM_DELAY_MS),
                sse("1,200 troops [1].").withChunkedDribbleDelay(5, LLM_DELAY_MS), "did not answer within 1s"),
        HTTP_500(status(500), status(500), "HTTP 500"),
        HTTP_502(status(502), status(502), "HTTP 502"),
        HTTP_503(status(503), status(503), "HTTP 503"),
        HTTP_429(status(429), status(429), "429"),
        CONNECTION_RESET(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
                aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), "connection to the LLM failed"),
        MALFORMED_JSON(json("{\"choices\": [{\"message\": {\"content\": \"1,200"),
                aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream")
                        .withBody("data: {\"choices\": [{\"delta\": {\"content\n\n"), "malformed"),
        EMPTY_COMPLETION(json(LlmStub.openAi("")), sse(""), "empty completion"),
        NO_VALID_CITATION(json(LlmStub.openAi("About 1,200 troops were to be deployed [7].")),
                sse("About 1,200 troops were to be deployed."), "cited none of the sources");

        final ResponseDefinitionBuilder plain;
        final ResponseDefinitionBuilder streamed;
        final String reason;

        LlmFault(ResponseDefinitionBuilder plain, ResponseDefinitionBuilder streamed, String reason) {
            this.plain = plain;
            this.streamed = streamed;
            this.reason = reason;
        }
    }

    private static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    private static ResponseDefinitionBuilder sse(String text) {
        return aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream")
                .withBody(LlmStub.openAiStream(text.isEmpty() ? List.of() : List.of(text)));
    }

    private static ResponseDefinitionBuilder status(int status) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"error\": {\"message\": \"stub failure\", \"type\": \"server_error\"}}");
    }

    private LlmAnswerer answerer() {
        return bed.answerer(LlmProvider.OPENAI, TIMEOUT).build();
    }

    private static void assertExtractiveFallback(Answer answer, String reason) {
        Answer extractive = bed.sample.answerer().answer(SampleLlm.TROOPS);
        assertThat(answer.mode()).isEqualTo("extractive");
        assertThat(answer.fallbackReason()).contains(reason);
        assertThat(answer.answered()).isTrue();
        assertThat(answer.answer()).isEqualTo(extractive.answer());
        assertThat(answer.citations()).isEqualTo(extractive.citations());
        assertThat(answer.timings().llmMs()).isNotNull();
        // The answer does not wait for a slow LLM: it comes at the timeout, well before the stub would reply. The
        // seven seconds between them are slack for a loaded machine, not a stopwatch on the extractive answer.
        assertThat(answer.timings().totalMs()).isLessThan(LLM_DELAY_MS);
    }

    @ParameterizedTest
    @EnumSource(LlmFault.class)
    void should_fall_back_to_the_extractive_answer_when_the_llm_fails(LlmFault fault) {
        bed.llm.stubFor(post(PATH).willReturn(fault.plain));

        Answer answer = answerer().answer(SampleLlm.TROOPS);

        assertExtractiveFallback(answer, fault.reason);
    }

    @ParameterizedTest
    @EnumSource(LlmFault.class)
    void should_complete_the_stream_with_the_extractive_answer_when_the_llm_fails(LlmFault fault) throws Exception {
        bed.llm.stubFor(post(PATH).willReturn(fault.streamed));
        RecordingListener listener = new RecordingListener();

        answerer().answer(SampleLlm.TROOPS, listener);

        // Only a ceiling, so a hung stream fails the test instead of stalling it; the bound is asserted below.
        Answer answer = listener.done.get(60, TimeUnit.SECONDS);
        assertThat(listener.events).startsWith("sources").endsWith("complete").doesNotContain("error");
        assertExtractiveFallback(answer, fault.reason);
    }

    @Test
    void should_retry_once_after_the_wait_when_a_429_says_retry_after() {
        int troops = SampleLlm.numberOf(SampleLlm.sources(bed.sample, SampleLlm.TROOPS), "1,200");
        bed.llm.stubFor(post(PATH).inScenario("rate").whenScenarioStateIs(STARTED).willSetStateTo("allowed")
                .willReturn(status(429).withHeader("Retry-After", "1")));
        bed.llm.stubFor(post(PATH).inScenario("rate").whenScenarioStateIs("allowed")
                .willReturn(json(LlmStub.openAi("1,200 troops were to be deployed [" + troops + "]."))));
        LlmAnswerer answerer = bed.answerer(LlmProvider.OPENAI, Duration.ofSeconds(5)).build();

        Answer answer = answerer.answer(SampleLlm.TROOPS);

        assertThat(answer.mode()).isEqualTo("llm");
        assertThat(answer.timings().llmMs()).isGreaterThanOrEqualTo(1_000.0);
        assertThat(bed.llm.findAll(postRequestedFor(urlEqualTo(PATH)))).hasSize(2);
    }

    @Test
    void should_retry_a_stream_once_after_the_wait_when_a_429_says_retry_after() throws Exception {
        int troops = SampleLlm.numberOf(SampleLlm.sources(bed.sample, SampleLlm.TROOPS), "1,200");
        bed.llm.stubFor(post(PATH).inScenario("rate").whenScenarioStateIs(STARTED).willSetStateTo("allowed")
                .willReturn(status(429).withHeader("Retry-After", "1")));
        bed.llm.stubFor(post(PATH).inScenario("rate").whenScenarioStateIs("allowed")
                .willReturn(sse("1,200 troops were to be deployed [" + troops + "].")));
        RecordingListener listener = new RecordingListener();

        bed.answerer(LlmProvider.OPENAI, Duration.ofSeconds(5)).build().answer(SampleLlm.TROOPS, listener);

        Answer answer = listener.done.get(10, TimeUnit.SECONDS);
        assertThat(answer.mode()).isEqualTo("llm");
        assertThat(answer.answer()).isEqualTo("1,200 troops were to be deployed [1].");
        assertThat(bed.llm.findAll(postRequestedFor(urlEqualTo(PATH)))).hasSize(2);
    }

    @Test
    void should_not_wait_when_a_429_asks_for_longer_than_the_bound() {
        bed.llm.stubFor(post(PATH).willReturn(status(429).withHeader("Retry-After", "120")));

        Answer answer = answerer().answer(SampleLlm.TROOPS);

        assertExtractiveFallback(answer, "429");
        assertThat(bed.llm.findAll(postRequestedFor(urlEqualTo(PATH)))).hasSize(1);
    }

    @Test
    void should_retry_a_429_only_once_when_the_llm_keeps_limiting() {
        bed.llm.stubFor(post(PATH).willReturn(status(429).withHeader("Retry-After", "0")));

        Answer answer = answerer().answer(SampleLlm.TROOPS);

        assertExtractiveFallback(answer, "429");
        assertThat(bed.llm.findAll(postRequestedFor(urlEqualTo(PATH)))).hasSize(2);
    }

    @Test
    void should_stop_calling_the_llm_when_it_keeps_failing() {
        bed.llm.stubFor(post(PATH).willReturn(status(503)));
        LlmAnswerer answerer = answerer();
        for (int i = 0; i < 3; i++) {
            assertThat(answerer.answer(SampleLlm.TROOPS).fallbackReason()).contains("503");
        }

        Answer answer = answerer.answer(SampleLlm.TROOPS);

        assertExtractiveFallback(answer, "not calling it for a while");
        assertThat(answerer.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(bed.llm.findAll(postRequestedFor(urlEqualTo(PATH)))).hasSize(3);
    }
}
