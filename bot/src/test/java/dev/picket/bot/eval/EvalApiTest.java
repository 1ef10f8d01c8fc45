package dev.picket.bot.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.picket.bot.SampleCorpusCopy;
import dev.picket.retrieval.eval.EvalQuestion;
import dev.picket.retrieval.eval.QuestionSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@code POST /api/eval} over real HTTP on the sample corpus, with small limits so they are cheap to reach. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.additional-location=optional:file:../config/", "picket.eval.max-questions=3",
                "picket.eval.max-body=96KB", "picket.admin.token=" + EvalApiTest.TOKEN})
@AutoConfigureTestRestTemplate
@DirtiesContext
class EvalApiTest {

    static final String TOKEN = "eval-api-token";

    /** The app's folders; @DirtiesContext closes the app before JUnit deletes them. */
    @TempDir
    static Path tmp;

    private static final String TROOPS = """
            {"id":"t1","kind":"factoid","question":"How many troops were to be deployed during the ambulance strikes?","expect_any":["1,200","1200"],"gold":["001"]}
            """;
    private static final String BANANA = """
            {"id":"t2","kind":"offtopic","question":"What is the best recipe for banana bread?","expect_abstain":true}
            """;

    @Autowired
    TestRestTemplate http;

    @DynamicPropertySource
    static void corpus(DynamicPropertyRegistry registry) {
        SampleCorpusCopy.serve(registry, tmp);
    }

    @BeforeEach
    void waitForTheIndex() {
        SampleCorpusCopy.awaitIndexed(http);
    }

    @Test
    @SuppressWarnings("unchecked")
    void should_run_the_dev_set_with_a_row_per_question_and_the_metrics_when_the_body_is_empty() {
        ResponseEntity<Map> response = post("");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> body = response.getBody();
        List<EvalQuestion> dev = QuestionSet.dev();
        assertThat(body).containsEntry("set", "dev").containsEntry("questions", dev.size())
                .containsEntry("modes", List.of("extractive"));
        List<Map<String, Object>> rows = (List<Map<String, Object>>) body.get("rows");
        assertThat(rows).extracting(r -> r.get("id")).containsExactlyElementsOf(dev.stream().map(EvalQuestion::id)
                .toList());
        assertThat(body.get("passed")).isEqualTo((int) rows.stream().filter(r -> (Boolean) r.get("passed")).count());
        Map<String, Object> metrics = (Map<String, Object>) body.get("metrics");
        assertThat(metrics).containsOnlyKeys("recallAt5", "accuracy", "citationPrecision", "abstention",
                "falseAbstention", "p50Ms", "p95Ms");
        assertThat(((Number) metrics.get("recallAt5")).doubleValue()).isBetween(0.0, 1.0);
        assertThat(((Number) metrics.get("p95Ms")).doubleValue())
                .isGreaterThanOrEqualTo(((Number) metrics.get("p50Ms")).doubleValue());
    }

    @Test
    @SuppressWarnings("unchecked")
    void should_score_posted_questions_with_their_cited_articles_when_the_body_is_jsonl() {
        ResponseEntity<Map> response = post(TROOPS + "\n" + BANANA);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<Map<String, Object>> rows = (List<Map<String, Object>>) response.getBody().get("rows");
        assertThat(response.getBody()).containsEntry("set", "posted").containsEntry("questions", 2);
        assertThat(rows.get(0)).containsEntry("id", "t1").containsEntry("passed", true).containsEntry("answered", true);
        assertThat((List<Map<String, Object>>) rows.get(0).get("cited")).isNotEmpty()
                .first().satisfies(c -> assertThat(c).containsEntry("gold", true)
                        .containsKeys("articleId", "title", "source", "published"));
        assertThat(rows.get(1)).containsEntry("id", "t2").containsEntry("passed", true)
                .containsEntry("answered", false).containsEntry("cited", List.of());
    }

    @Test
    void should_answer_400_naming_the_line_when_a_line_is_malformed() {
        ResponseEntity<Map> response = post(TROOPS + "\n{\"question\": nope}\n");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) response.getBody().get("error")).contains("line 3");
    }

    @Test
    void should_answer_400_naming_the_question_when_a_question_is_over_the_length_limit() {
        ResponseEntity<Map> response = post(TROOPS + "{\"id\":\"long\",\"question\":\"" + "nurses ".repeat(200) + "\"}");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) response.getBody().get("error")).contains("question 2 (long)").contains("1000");
    }

    @Test
    void should_answer_400_when_the_set_has_more_questions_than_the_limit() {
        ResponseEntity<Map> response = post(TROOPS.repeat(4));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) response.getBody().get("error")).contains("4 questions").contains("limit is 3");
    }

    @Test
    void should_accept_a_body_over_the_general_api_limit_when_it_is_within_the_eval_limit() {
        ResponseEntity<Map> response = post(BANANA + "\n".repeat(80 * 1024));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).containsEntry("questions", 1);
    }

    @Test
    void should_answer_413_when_the_body_is_over_the_eval_limit() {
        ResponseEntity<Map> response = post(BANANA + "\n".repeat(100 * 1024));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
        assertThat((String) response.getBody().get("error")).contains("96 KiB");
    }

    @Test
    void should_serve_the_dev_set_as_jsonl_when_asked_for_it() {
        ResponseEntity<String> response = http.getForEntity("/api/eval/dev", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(QuestionSet.parse(response.getBody())).isEqualTo(QuestionSet.dev());
    }

    private ResponseEntity<Map> post(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("application/x-ndjson"));
        headers.setBearerAuth(TOKEN);
        return http.postForEntity("/api/eval", new HttpEntity<>(body, headers), Map.class);
    }
}
