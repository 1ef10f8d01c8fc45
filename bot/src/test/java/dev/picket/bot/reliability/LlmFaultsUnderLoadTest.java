package dev.picket.bot.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.picket.bot.StubLlm.COMPLETIONS;
import static dev.picket.bot.StubLlm.completion;
import static dev.picket.bot.StubLlm.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.picket.bot.LoadDriver;
import dev.picket.bot.SampleCorpusCopy;
import dev.picket.bot.StubLlm;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The app in LLM mode over HTTP, with concurrent clients asking while the stub LLM fails in each way it can:
 * every request is answered (200, extractive, with the reason) without waiting for the LLM, the circuit breaker opens
 * so most answers stop waiting on the LLM at all, and once the LLM is back the breaker closes again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // One client on loopback sends all the load, and the test reads health's details.
        properties = {"spring.config.additional-location=optional:file:../config/",
                "picket.api.requests-per-minute=1000000", "management.endpoint.health.show-details=always"})
@AutoConfigureTestRestTemplate
@DirtiesContext
class LlmFaultsUnderLoadTest {

    /** The app's folders; @DirtiesContext closes the app before JUnit deletes them. */
    @TempDir
    static Path tmp;

    private static final String QUESTION = "How many troops were to be deployed during the ambulance strikes?";
    private static final Duration TIMEOUT = Duration.ofSeconds(1);
    private static final Duration OPEN_FOR = Duration.ofSeconds(1);
    private static final int CLIENTS = 12;
    /** A count, not a duration: on a loaded machine a timed run sends fewer requests and proves less. */
    private static final int REQUESTS = CLIENTS * 8;
    /** How late the slow stub answers: far past the timeout, so a client that waited for it is plain to see. */
    private static final Duration LLM_DELAY = Duration.ofSeconds(8);
    private static final String BREAKER_REASON = "not calling it for a while";
    // On a loaded machine the first concurrent calls can outlast the timeout before even a fast failure lands.
    private static final String TIMEOUT_REASON = "did not answer within";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final WireMockServer LLM = StubLlm.started(CLIENTS * 3);

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate http;

    @Autowired
    CircuitBreaker llmCircuitBreaker;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @DynamicPropertySource
    static void llm(DynamicPropertyRegistry registry) {
        SampleCorpusCopy.serve(registry, tmp);
        // BM25 retrieval: a dozen MiniLM question embeddings at once on two shared cores would time the CPU, not
        // the fallback.
        registry.add("picket.retrieval.mode", () -> "bm25");
        registry.add("picket.llm.provider", () -> "openai");
        registry.add("picket.llm.base-url", () -> LLM.baseUrl() + "/v1");
        registry.add("picket.llm.model", () -> "stub-model");
        registry.add("picket.llm.timeout", () -> TIMEOUT.toMillis() + "ms");
        registry.add("picket.llm.circuit-open-for", () -> OPEN_FOR.toMillis() + "ms");
    }

    @AfterAll
    static void stop() {
        LLM.stop();
    }

    private static boolean warm;

    @BeforeEach
    void reset() throws Exception {
        SampleCorpusCopy.awaitIndexed(http);
        if (!warm) {
            // The first burst after start loads and compiles the LLM client path; on a busy 2-core machine that
            // alone held a few answers a second past the timeout. The matrix measures the served app, warm.
            LLM.stubFor(post(COMPLETIONS).willReturn(status(500)));
            LoadDriver.calls(CLIENTS, CLIENTS * 4, (c, n) -> ask() == null ? "no 200" : null);
            warm = true;
        }
        LLM.resetAll();
        llmCircuitBreaker.reset();
    }

    /** A way the LLM fails, as the stub serves it, and the fallback reason it must give. */
    enum LlmFault {
        HTTP_500(status(500), "HTTP 500"),
        HTTP_429(status(429), "429"),
        DELAY_PAST_THE_TIMEOUT(completion("About 1,200 troops [1].").withFixedDelay((int) LLM_DELAY.toMillis()), "did not answer within"),
        CONNECTION_RESET(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), "connection to the LLM failed"),
        MALFORMED_BODY(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"choices\": [{\"message\": {\"content\": \"1,200"), "malformed"),
        EMPTY_BODY(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(""), "malformed");

        final ResponseDefinitionBuilder response;
        final String reason;

        LlmFault(ResponseDefinitionBuilder response, String reason) {
            this.response = response;
            this.reason = reason;
        }
    }

    @ParameterizedTest
    @EnumSource(LlmFault.class)
    void should_answer_every_request_extractively_within_the_timeout_when_the_llm_fails_under_load(LlmFault fault)
            throws Exception {
        LLM.stubFor(post(COMPLETIONS).willReturn(fault.response));
        Set<String> reasons = ConcurrentHashMap.newKeySet();

        LoadDriver.Result result = LoadDriver.calls(CLIENTS, REQUESTS, (c, n) -> {
            JsonNode answer = ask();
            if (answer == null) {
                return "no 200";
            }
            String reason = answer.path("fallbackReason").asString("");
            reasons.add(reason);
            if (!answer.path("mode").asString().equals("extractive") || !answer.path("answered").asBoolean()
                    || !(reason.contains(fault.reason) || reason.contains(BREAKER_REASON)
                    || reason.contains(TIMEOUT_REASON))) {
                return "not the extractive fallback: " + answer;
            }
            // The wait on the LLM is cut at the timeout, never held until the slow stub replies. The seven seconds
            // between the two are slack for a timer that fires while a loaded machine's threads are all busy.
            double llm = answer.path("timings").path("llmMs").asDouble();
            return llm < LLM_DELAY.toMillis() ? null : "waited " + llm + " ms on the LLM";
        });
        System.out.printf("%s: %s; reasons %s%n", fault, result, reasons);

        assertThat(result.problems()).isEmpty();
        assertThat(result.requests()).isEqualTo(REQUESTS);
        // The breaker opened: far fewer calls reached the LLM than answers were given. The calls are the first
        // wave (one a client) and a probe each time the breaker half-opens, about one a second of the run.
        int calls = LLM.countRequestsMatching(postRequestedFor(urlEqualTo(COMPLETIONS)).build()).getCount();
        assertThat(calls).isLessThan(result.requests() / 2);
        assertThat(reasons).anySatisfy(r -> assertThat(r).contains(BREAKER_REASON))
                .anySatisfy(r -> assertThat(r).contains(fault.reason));
        // No client waited for the slow LLM, whatever the server's own clock says.
        assertThat(result.percentileMillis(1.0)).isLessThan(LLM_DELAY.toMillis());
    }

    @Test
    void should_open_the_breaker_while_the_llm_fails_and_close_it_when_the_llm_is_back() throws Exception {
        LLM.stubFor(post(COMPLETIONS).willReturn(status(503)));
        LoadDriver.Result failing = LoadDriver.calls(CLIENTS, CLIENTS * 3, (c, n) -> ask() == null ? "no 200" : null);

        assertThat(failing.problems()).isEmpty();
        assertThat(llmCircuitBreaker.getState()).isIn(CircuitBreaker.State.OPEN, CircuitBreaker.State.HALF_OPEN);
        assertThat(llmStatus()).isEqualTo("DEGRADED");
        assertThat(picketStatus()).isEqualTo("UP");

        LLM.stubFor(post(COMPLETIONS).willReturn(completion(troopsAnswer())));
        // A ceiling, not a stopwatch: the breaker half-opens after a second and the next answer closes it.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> "llm".equals(ask().path("mode").asString()));
        LoadDriver.Result recovered = LoadDriver.calls(CLIENTS, CLIENTS * 3, (c, n) -> {
            JsonNode answer = ask();
            return answer != null && "llm".equals(answer.path("mode").asString()) ? null : "not llm: " + answer;
        });

        assertThat(recovered.problems()).isEmpty();
        assertThat(llmCircuitBreaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(llmStatus()).isEqualTo("UP");
    }

    private JsonNode ask() throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/ask")).header("Content-Type", "application/json")
                .timeout(TIMEOUT.plusSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(
                        JSON.writeValueAsString(Map.of("question", QUESTION)))).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
    }

    private String llmStatus() {
        return JSON.readTree(http.getForObject("/actuator/health", String.class)).path("components").path("llm")
                .path("status").asString();
    }

    private String picketStatus() {
        return JSON.readTree(http.getForObject("/actuator/health", String.class)).path("status").asString();
    }

    /** The model's reply citing the passage with 1,200 troops, under the number the model sees it by. */
    private String troopsAnswer() {
        JsonNode hits = JSON.readTree(http.getForObject("/api/search?q={q}&k=5", String.class, QUESTION))
                .path("hits");
        int n = 1;
        while (!hits.get(n - 1).path("passage").asString().contains("1,200")) {
            n++;
        }
        return "The government expected about 1,200 troops to be deployed [" + n + "].";
    }
}
