package dev.picket.bot.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.picket.bot.SampleCorpusCopy;
import dev.picket.retrieval.Answerer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One evaluation at a time, and a run stopped when its caller stops waiting, with an answerer that holds each
 * question until the test lets it go.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.additional-location=optional:file:../config/", "picket.eval.timeout=4s",
                "picket.admin.token=" + EvalRunLimitsTest.TOKEN})
@AutoConfigureTestRestTemplate
@DirtiesContext
class EvalRunLimitsTest {

    static final String TOKEN = "eval-limits-token";

    /** The app's folders; @DirtiesContext closes the app before JUnit deletes them. */
    @TempDir
    static Path tmp;

    private static final HeldAnswers HELD = new HeldAnswers();

    @Autowired
    TestRestTemplate http;

    @DynamicPropertySource
    static void corpus(DynamicPropertyRegistry registry) {
        SampleCorpusCopy.serve(registry, tmp);
    }

    @TestConfiguration
    static class HeldAnswerer {

        @Bean
        @Primary
        Answerer heldAnswerer() {
            return HELD;
        }
    }

    @BeforeEach
    void waitForTheIndex() {
        SampleCorpusCopy.awaitIndexed(http);
    }

    @AfterEach
    void letGo() {
        HELD.release.countDown();
    }

    @Test
    void should_refuse_a_second_run_and_stop_the_first_when_it_outlasts_the_timeout() throws Exception {
        CompletableFuture<ResponseEntity<Map>> first = CompletableFuture.supplyAsync(
                () -> post(line("first-1") + line("first-2")));
        assertThat(HELD.started.await(10, TimeUnit.SECONDS)).isTrue();

        ResponseEntity<Map> second = post(line("second-1"));
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat((String) second.getBody().get("error")).contains("already running");

        ResponseEntity<Map> timedOut = first.get(10, TimeUnit.SECONDS);
        assertThat(timedOut.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat((String) timedOut.getBody().get("error")).contains("picket.eval.timeout").contains("stopped");

        HELD.release.countDown();
        await().atMost(Duration.ofSeconds(10)).until(() -> post(line("third-1")).getStatusCode() == HttpStatus.OK);
        assertThat(HELD.asked).contains("first-1", "third-1").doesNotContain("first-2", "second-1");
    }

    private static String line(String question) {
        return "{\"question\":\"" + question + "\"}\n";
    }

    private ResponseEntity<Map> post(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("application/x-ndjson"));
        headers.setBearerAuth(TOKEN);
        return http.postForEntity("/api/eval", new HttpEntity<>(body, headers), Map.class);
    }
}
