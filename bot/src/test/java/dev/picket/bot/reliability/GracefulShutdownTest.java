package dev.picket.bot.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.picket.bot.ChildApp;
import dev.picket.bot.StubLlm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * picket in its own JVM gets SIGTERM while answers are waiting on a slow LLM: every one of them completes, the
 * index is closed cleanly, and the next start reopens it as committed, with nothing to rebuild.
 */
class GracefulShutdownTest {

    private static final int IN_FLIGHT = 8;
    private static final int LLM_DELAY_MS = 2_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern OPENED = Pattern.compile("opened with (\\d+) passages \\(generation (\\d+)\\)");
    private static final Pattern CLOSED = Pattern.compile("Index closed cleanly at generation (\\d+)");
    private static final Pattern SYNCED = Pattern.compile("generation \\d+, (\\d+) added, (\\d+) changed, (\\d+) removed");

    private WireMockServer llm;
    private Path index;
    private List<String> arguments;

    @TempDir
    Path work;

    @BeforeEach
    void start() throws Exception {
        llm = StubLlm.started(IN_FLIGHT * 2);
        // Inside the temp folder, not at it: the embedding cache is written beside the index folder.
        index = work.resolve("index");
        arguments = List.of("--picket.corpus.dir=" + Path.of("../corpus/articles").toAbsolutePath().normalize(),
                "--picket.index.dir=" + index, "--picket.llm.provider=openai",
                "--picket.llm.base-url=" + llm.baseUrl() + "/v1", "--picket.llm.model=stub-model",
                "--picket.llm.timeout=20s");
        llm.stubFor(post(StubLlm.COMPLETIONS).willReturn(StubLlm.completion(
                "About 1,200 troops were expected to be deployed [1].").withFixedDelay(LLM_DELAY_MS)));
    }

    @AfterEach
    void stop() {
        llm.stop();
    }

    @Test
    void should_finish_requests_in_flight_and_close_the_index_when_sigterm_arrives() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        String firstLog;
        try (ChildApp first = ChildApp.start(List.of("-Xmx256m"), arguments)) {
            first.awaitHealthy(Duration.ofSeconds(60));
            await().atMost(Duration.ofSeconds(30)).until(() -> first.log().contains("Reloaded "));
            for (int i = 0; i < IN_FLIGHT; i++) {
                answers.add(client.sendAsync(HttpRequest.newBuilder(first.uri("/api/ask"))
                        .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"question\": \"How many troops were to be deployed during the ambulance strikes?\"}"))
                        .build(), HttpResponse.BodyHandlers.ofString()));
            }
            // Every answer is now waiting on the LLM's delay, well inside picket. The bound is only a ceiling: on a
            // loaded machine the eight questions can take a while to reach the LLM.
            await().atMost(Duration.ofSeconds(60)).until(() ->
                    llm.countRequestsMatching(postRequestedFor(urlEqualTo(StubLlm.COMPLETIONS)).build())
                            .getCount() == IN_FLIGHT);
            first.terminate();

            for (CompletableFuture<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get();
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                JsonNode body = JSON.readTree(response.body());
                assertThat(body.path("answered").asBoolean()).isTrue();
                assertThat(body.path("timings").path("totalMs").asDouble()).isGreaterThanOrEqualTo(LLM_DELAY_MS);
            }
            first.awaitExit(Duration.ofSeconds(30));
            firstLog = first.log();
        }
        assertThat(firstLog).contains("Commencing graceful shutdown", "Graceful shutdown complete");
        Matcher closed = CLOSED.matcher(firstLog);
        assertThat(closed.find()).as(firstLog).isTrue();
        assertThat(firstLog).as(firstLog).doesNotContain("ERROR");

        try (ChildApp second = ChildApp.start(List.of("-Xmx256m"), arguments)) {
            Duration toHealthy = second.awaitHealthy(Duration.ofSeconds(60));
            await().atMost(Duration.ofSeconds(30)).until(() -> second.log().contains("Reloaded "));
            String secondLog = second.log();
            Matcher opened = OPENED.matcher(secondLog);
            assertThat(opened.find()).as(secondLog).isTrue();
            assertThat(Integer.parseInt(opened.group(1))).isPositive();
            assertThat(opened.group(2)).isEqualTo(closed.group(1));
            Matcher synced = SYNCED.matcher(secondLog);
            assertThat(synced.find()).as(secondLog).isTrue();
            assertThat(List.of(synced.group(1), synced.group(2), synced.group(3))).containsOnly("0");
            System.out.printf("start to healthy with the persisted index: %d ms%n", toHealthy.toMillis());
        }
    }
}
