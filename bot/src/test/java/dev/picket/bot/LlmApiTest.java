package dev.picket.bot;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.picket.retrieval.PassageRetriever;
import dev.picket.retrieval.SearchHit;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/** The app with {@code picket.llm.provider=openai}, against a stub OpenAI server on loopback. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // Health's details are what these tests read; who may see them is HostileRequestsTest's concern.
        properties = {"spring.config.additional-location=optional:file:../config/", "management.endpoint.health.show-details=always"})
@AutoConfigureTestRestTemplate
@DirtiesContext
class LlmApiTest {

    /** The app's folders; @DirtiesContext closes the app before JUnit deletes them. */
    @TempDir
    static Path tmp;

    private static final String QUESTION = "How many troops were to be deployed during the ambulance strikes?";
    private static final String COMPLETIONS = "/v1/chat/completions";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final WireMockServer LLM = new WireMockServer(wireMockConfig().dynamicPort()
            .bindAddress("127.0.0.1"));

    static {
        LLM.start();
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    PassageRetriever retriever;
    @Autowired
    CircuitBreaker llmCircuitBreaker;

    @DynamicPropertySource
    static void llm(DynamicPropertyRegistry registry) throws Exception {
        Path index = tmp.resolve("index");
        registry.add("picket.corpus.dir", () -> Path.of("../corpus/articles").toAbsolutePath().normalize().toString());
        registry.add("picket.index.dir", index::toString);
        registry.add("picket.llm.provider", () -> "openai");
        registry.add("picket.llm.base-url", () -> LLM.baseUrl() + "/v1");
        registry.add("picket.llm.model", () -> "stub-model");
        registry.add("picket.llm.api-key", () -> "sk-never-logged");
        registry.add("picket.llm.timeout", () -> "2s");
    }

    @AfterAll
    static void stop() {
        LLM.stop();
    }

    @BeforeEach
    void reset() {
        LLM.resetAll();
        llmCircuitBreaker.reset();
        await().atMost(Duration.ofSeconds(30)).until(() -> http.getForEntity("/api/articles", Map.class).getBody()
                .get("ingestion") != null);
    }

    /** The model's reply citing the passage with 1,200 troops, under the number the model sees it by. */
    private String troopsAnswer() {
        List<SearchHit> sources = retriever.retrieve(QUESTION, 5);
        int n = 1;
        while (!sources.get(n - 1).text().contains("1,200")) {
            n++;
        }
        return "The government expected about 1,200 troops to be deployed [" + n + "][8].";
    }

    private static Map<String, Object> openAi(String content) {
        return Map.of("id", "chatcmpl-1", "object", "chat.completion", "created", 1_700_000_000, "model", "stub-model",
                "choices", List.of(Map.of("index", 0, "finish_reason", "stop",
                        "message", Map.of("role", "assistant", "content", content))));
    }

    private static String openAiStream(String... deltas) {
        StringBuilder sse = new StringBuilder();
        for (String d : deltas) {
            sse.append("data: ").append(JSON.writeValueAsString(Map.of("id", "c", "object", "chat.completion.chunk",
                    "created", 1, "model", "stub-model", "choices", List.of(Map.of("index", 0,
                            "delta", Map.of("content", d)))))).append("\n\n");
        }
        return sse.append("data: [DONE]\n\n").toString();
    }

    @Test
    @SuppressWarnings("unchecked")
    void should_answer_in_llm_mode_with_verified_citations_when_the_llm_answers() {
        LLM.stubFor(post(COMPLETIONS).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody(JSON.writeValueAsString(openAi(troopsAnswer())))));

        ResponseEntity<Map> response = http.postForEntity("/api/ask", Map.of("question", QUESTION), Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> body = response.getBody();
        assertThat(body).containsEntry("mode", "llm").containsEntry("answered", true)
                .containsEntry("answer", "The government expected about 1,200 troops to be deployed [1].")
                .doesNotContainKey("fallbackReason");
        assertThat((List<Map<String, Object>>) body.get("citations")).singleElement()
                .satisfies(c -> assertThat(c).containsEntry("n", 1).containsEntry("url", null)
                        .containsEntry("published", "2022-12-19"));
        assertThat((Map<String, Object>) body.get("timings")).containsKeys("retrievalMs", "llmMs", "totalMs");
    }

    @Test
    void should_count_the_tokens_in_the_prometheus_scrape_when_the_llm_reports_its_usage() {
        double input = tokens("input");
        double output = tokens("output");
        LLM.stubFor(post(COMPLETIONS).willReturn(StubLlm.completion(troopsAnswer(), 812, 23)));

        http.postForEntity("/api/ask", Map.of("question", QUESTION), Map.class);

        assertThat(tokens("input") - input).isEqualTo(812);
        assertThat(tokens("output") - output).isEqualTo(23);
    }

    private double tokens(String type) {
        String scrape = http.getForObject("/actuator/prometheus", String.class);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^picket_llm_tokens_total\\{type=\"" + type
                + "\"} (\\S+)$").matcher(scrape);
        assertThat(m.find()).as("picket_llm_tokens_total{type=%s} in the scrape", type).isTrue();
        return Double.parseDouble(m.group(1));
    }

    @Test
    void should_stream_sources_deltas_and_the_final_answer_when_the_llm_streams() {
        String reply = troopsAnswer();
        int half = reply.length() / 2;
        LLM.stubFor(post(COMPLETIONS).willReturn(aResponse().withHeader("Content-Type", "text/event-stream")
                .withBody(openAiStream(reply.substring(0, half), reply.substring(half)))));

        ServerSentEvents.Stream stream = ServerSentEvents.ask(http, "{\"question\": \"" + QUESTION + "\"}");

        assertThat(stream.response().getStatusCode()).isEqualTo(HttpStatus.OK);
        // The one sentence is complete when the stream ends: it shows then, checked and renumbered.
        assertThat(stream.names()).containsExactly("sources", "delta", "final");
        assertThat(stream.events().get(1).data().get("text"))
                .isEqualTo("The government expected about 1,200 troops to be deployed [1].");
        assertThat(stream.last()).containsEntry("mode", "llm")
                .containsEntry("answer", "The government expected about 1,200 troops to be deployed [1].");
    }

    @Test
    @SuppressWarnings("unchecked")
    void should_answer_extractively_and_show_the_llm_degraded_when_the_llm_keeps_failing() {
        LLM.stubFor(post(COMPLETIONS).willReturn(aResponse().withStatus(502)));

        for (int i = 0; i < 4; i++) {
            Map<String, Object> body = http.postForEntity("/api/ask", Map.of("question", QUESTION), Map.class)
                    .getBody();
            assertThat(body).containsEntry("mode", "extractive").containsEntry("answered", true)
                    .containsKey("fallbackReason");
        }

        assertThat(LLM.findAll(postRequestedFor(urlEqualTo(COMPLETIONS)))).hasSize(3);
        Map<String, Object> health = http.getForEntity("/actuator/health", Map.class).getBody();
        Map<String, Object> llm = (Map<String, Object>) ((Map<String, Object>) health.get("components")).get("llm");
        assertThat(llm).containsEntry("status", "DEGRADED");
        assertThat((Map<String, Object>) llm.get("details")).containsEntry("circuit", "OPEN")
                .containsEntry("provider", "openai").doesNotContainValue("sk-never-logged");
        assertThat(health).containsEntry("status", "UP");
        String scrape = http.getForObject("/actuator/prometheus", String.class);
        assertThat(scrape).containsPattern("picket_llm_breaker_state\\{state=\"OPEN\"} 1")
                .containsPattern("picket_llm_breaker_state\\{state=\"CLOSED\"} 0")
                .containsPattern("picket_answer_seconds_count\\{front_end=\"http\",mode=\"extractive\",outcome=\"fell_back\"} [1-9]")
                .containsPattern("picket_llm_call_seconds_count\\{front_end=\"http\",outcome=\"fell_back\"} [1-9]");
    }

    @Test
    @SuppressWarnings("unchecked")
    void should_show_the_llm_up_when_it_answers() {
        Map<String, Object> health = http.getForEntity("/actuator/health", Map.class).getBody();

        Map<String, Object> llm = (Map<String, Object>) ((Map<String, Object>) health.get("components")).get("llm");
        assertThat(llm).containsEntry("status", "UP");
        assertThat((Map<String, Object>) llm.get("details")).containsEntry("model", "stub-model")
                .containsEntry("circuit", "CLOSED");
    }

    @Test
    void should_search_the_rewritten_question_when_a_follow_up_comes_with_history() {
        LLM.stubFor(post(COMPLETIONS).withRequestBody(containing("Follow-up:")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody(JSON.writeValueAsString(openAi(QUESTION)))));
        LLM.stubFor(post(COMPLETIONS).withRequestBody(containing("Numbered sources")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody(JSON.writeValueAsString(openAi(troopsAnswer())))));

        ResponseEntity<Map> response = http.postForEntity("/api/ask", Map.of("question", "and how many soldiers?",
                "history", List.of(Map.of("question", "Were ambulance staff striking in December 2022?",
                        "answer", "Yes, they were [1]."))), Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).containsEntry("mode", "llm").containsEntry("searchedFor", QUESTION);
        List<String> bodies = LLM.getAllServeEvents().reversed().stream().map(e -> e.getRequest().getBodyAsString())
                .toList();
        assertThat(bodies).hasSize(2);
        assertThat(bodies.get(0)).contains("Were ambulance staff striking in December 2022?", "Yes, they were [1].",
                "and how many soldiers?");
        assertThat(bodies.get(1)).contains("Question: " + QUESTION);
    }

    @Test
    void should_refuse_with_a_clear_message_when_the_history_is_malformed() {
        ResponseEntity<Map> blank = http.postForEntity("/api/ask", Map.of("question", "and when?",
                "history", List.of(Map.of("question", "  "))), Map.class);
        ResponseEntity<Map> long_ = http.postForEntity("/api/ask", Map.of("question", "and when?",
                "history", java.util.Collections.nCopies(11, Map.of("question", "who?"))), Map.class);
        ResponseEntity<Map> wrongType = http.postForEntity("/api/ask", Map.of("question", "and when?",
                "history", "not a list"), Map.class);

        assertThat(blank.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(blank.getBody().get("error").toString()).contains("history[0].question");
        assertThat(long_.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(wrongType.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(LLM.getAllServeEvents()).isEmpty();
    }
}
