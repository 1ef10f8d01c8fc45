package dev.picket.bot.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import dev.picket.bot.SampleCorpusCopy;
import dev.picket.retrieval.Answer;
import dev.picket.retrieval.Answerer;
import dev.picket.retrieval.Timings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * An evaluation whose caller hangs up stops at the question it is on, with an answerer the test holds; one whose
 * caller waits gets its JSON after the heartbeats.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.additional-location=optional:file:../config/",
                "picket.admin.token=" + EvalHangUpTest.TOKEN, "picket.eval.heartbeat=200ms"})
@AutoConfigureTestRestTemplate
@DirtiesContext
class EvalHangUpTest {

    static final String TOKEN = "eval-hang-up-token";

    /** The app's folders; @DirtiesContext closes the app before JUnit deletes them. */
    @TempDir
    static Path tmp;

    private static final HeldAnswers HELD = new HeldAnswers();

    @LocalServerPort
    int port;

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
            return question -> {
                if (!question.startsWith("slow")) {
                    return HELD.answer(question);
                }
                // Long enough for a few heartbeats to go out ahead of the answer.
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return Answer.abstain("slow", new Timings(0, 0));
            };
        }
    }

    @AfterEach
    void letGo() {
        HELD.release.countDown();
    }

    @Test
    void should_stop_the_run_when_its_client_hangs_up() throws Exception {
        SampleCorpusCopy.awaitIndexed(http);
        byte[] body = "{\"question\":\"held-1\"}\n{\"question\":\"held-2\"}\n".getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/eval HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + TOKEN
                    + "\r\nContent-Type: application/x-ndjson\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            assertThat(HELD.started.await(10, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(HELD.interrupted.await(20, TimeUnit.SECONDS)).as("the held question was interrupted").isTrue();
        assertThat(HELD.asked).containsExactly("held-1");
    }

    @Test
    void should_answer_with_json_after_the_heartbeats_when_a_run_outlasts_several() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("application/x-ndjson"));
        headers.setBearerAuth(TOKEN);

        // The hang-up test's run frees its slot just after its question is interrupted; a run posted in between is
        // refused (429), which is the one-run-at-a-time rule, not this test's concern.
        AtomicReference<ResponseEntity<String>> last = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            last.set(http.postForEntity("/api/eval",
                    new HttpEntity<>("{\"question\":\"slow-1\"}\n", headers), String.class));
            return last.get().getStatusCode() != HttpStatus.TOO_MANY_REQUESTS;
        });
        ResponseEntity<String> response = last.get();

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).startsWith(" ");
        assertThat(JsonMapper.builder().build().readTree(response.getBody()).path("questions").asInt()).isEqualTo(1);
    }
}
