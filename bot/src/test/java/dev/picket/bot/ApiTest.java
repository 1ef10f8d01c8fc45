package dev.picket.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The whole app on a random port, over real HTTP, on a copy of the sample corpus plus one broken file. */
// The tests run in bot/; the app reads the defaults in its jar and, as in production, any ../config/ override.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // Health's details are what these tests read; who may see them is HostileRequestsTest's concern.
        properties = {"spring.config.additional-location=optional:file:../config/", "management.endpoint.health.show-details=always"})
@AutoConfigureTestRestTemplate
@DirtiesContext
class ApiTest {

    /** The app's folders; @DirtiesContext closes the app before JUnit deletes them. */
    @TempDir
    static Path tmp;

    private static final Pattern MARKER = Pattern.compile("\\[(\\d+)]");

    @Autowired
    TestRestTemplate http;

    /** A fresh copy of the sample corpus with one binary file. */
    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) throws IOException {
        Path work = SampleCorpusCopy.serve(registry, tmp);
        Files.write(work.resolve("articles/broken.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 1, 2});
    }

    @BeforeEach
    void waitForTheIndex() {
        SampleCorpusCopy.awaitIndexed(http);
    }

    @Test
    @SuppressWarnings("unchecked")
    void should_answer_with_citations_for_every_marker_when_the_corpus_covers_the_question() {
        ResponseEntity<Map> response = ask("How many troops were to be deployed during the ambulance strikes?");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> body = response.getBody();
        assertThat(body).containsEntry("answered", true).containsEntry("mode", "extractive");
        assertThat((String) body.get("answer")).contains("1,200");
        List<Map<String, Object>> citations = (List<Map<String, Object>>) body.get("citations");
        assertThat(citations).isNotEmpty();
        for (int i = 0; i < citations.size(); i++) {
            assertThat(citations.get(i)).containsEntry("n", i + 1)
                    .containsKeys("articleId", "passageId", "title", "source", "published", "url", "passage");
        }
        assertThat(citations.get(0)).containsEntry("articleId", "001_33371de56cf75ba2")
                .containsEntry("source", "Sky News").containsEntry("published", "2022-12-19")
                .containsEntry("url", null);
        assertThat(markers((String) body.get("answer"))).isNotEmpty()
                .allSatisfy(n -> assertThat(n).isBetween(1, citations.size()));
        assertThat((Map<String, Object>) body.get("timings")).containsKeys("retrievalMs", "totalMs")
                .doesNotContainKey("llmMs");
        assertThat(body).doesNotContainKeys("fallbackReason", "unsupported");
    }

    @Test
    @SuppressWarnings("unchecked")
    void should_stream_sources_text_and_the_final_answer_when_no_llm_is_configured() {
        String question = "How many troops were to be deployed during the ambulance strikes?";
        ServerSentEvents.Stream stream = ServerSentEvents.ask(http, "{\"question\": \"" + question + "\"}");

        assertThat(stream.response().getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(stream.response().getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_EVENT_STREAM))
                .isTrue();
        assertThat(stream.names()).containsExactly("sources", "delta", "final");
        Map<String, Object> answer = ask(question).getBody();
        Map<String, Object> last = stream.last();
        assertThat(last).containsEntry("answer", answer.get("answer")).containsEntry("mode", "extractive")
                .containsEntry("citations", answer.get("citations"));
        assertThat(last).doesNotContainKeys("fallbackReason", "unsupported");
        assertThat((Map<String, Object>) last.get("timings")).doesNotContainKey("llmMs");
        assertThat(stream.events().get(1).data()).containsEntry("text", answer.get("answer"));
        assertThat((List<Object>) stream.events().get(0).data().get("sources")).isEqualTo(answer.get("citations"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"question\": \"   \"}", "not json"})
    void should_answer_400_before_streaming_when_the_body_is_not_a_question(String body) {
        ServerSentEvents.Stream stream = ServerSentEvents.ask(http, body);

        assertThat(stream.response().getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(stream.response().getBody()).contains("\"error\"");
    }

    @Test
    @SuppressWarnings("unchecked")
    void should_show_the_llm_as_disabled_when_none_is_configured() {
        Map<String, Object> body = http.getForEntity("/actuator/health", Map.class).getBody();

        Map<String, Object> llm = (Map<String, Object>) ((Map<String, Object>) body.get("components")).get("llm");
        assertThat(llm).containsEntry("status", "DISABLED");
        assertThat(body).containsEntry("status", "UP");
    }

    @Test
    @SuppressWarnings("unchecked")
    void should_show_discord_as_disabled_and_picket_up_when_no_token_is_set() {
        Map<String, Object> body = http.getForEntity("/actuator/health", Map.class).getBody();

        Map<String, Object> discord = (Map<String, Object>) ((Map<String, Object>) body.get("components")).get("discord");
        assertThat(discord).containsEntry("status", "DISABLED");
        assertThat(body).containsEntry("status", "UP");
    }

    @Test
    void should_abstain_without_citations_when_the_question_is_off_topic() {
        ResponseEntity<Map> response = ask("What is the best recipe for banana bread?");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).containsEntry("answered", false)
                .containsEntry("answer", "I can't answer that from the articles I have.")
                .containsEntry("citations", List.of());
    }

    @ParameterizedTest
    @ValueSource(strings = {"nurses AND \"strike", "title:*", "(((", "-troops", "?", "[1 TO 5}", "\\"})
    void should_answer_200_when_the_question_contains_query_syntax(String question) {
        assertThat(ask(question).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"question\": null}", "{\"question\": \"\"}", "{\"question\": \"   \\n \"}",
            "{\"question\": \"\\u0000\\u0001\"}", "{\"question\": ", "not json", "[]", "{\"question\": {\"a\": 1}}",
            "", "null"})
    void should_answer_400_with_an_error_when_the_body_is_not_a_question(String body) {
        ResponseEntity<Map> response = post(body, MediaType.APPLICATION_JSON);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).containsKey("error");
    }

    @Test
    void should_answer_400_when_the_question_is_over_1000_characters() {
        ResponseEntity<Map> response = ask("nurses ".repeat(200));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) response.getBody().get("error")).contains("1000");
    }

    @Test
    void should_answer_400_when_the_content_type_is_not_json() {
        ResponseEntity<Map> response = post("{\"question\": \"nurses\"}", MediaType.TEXT_PLAIN);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) response.getBody().get("error")).contains("application/json");
    }

    @Test
    void should_answer_413_when_the_body_is_far_too_large() {
        ResponseEntity<Map> response = post("{\"question\": \"" + "a".repeat(100_000) + "\"}", MediaType.APPLICATION_JSON);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
        assertThat(response.getBody()).containsKey("error");
    }

    @Test
    void should_answer_405_with_an_error_when_ask_is_called_with_get() {
        ResponseEntity<Map> response = http.getForEntity("/api/ask", Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
        assertThat(response.getBody()).containsKey("error");
    }

    @Test
    @SuppressWarnings("unchecked")
    void should_rank_passages_with_scores_when_searching() {
        ResponseEntity<Map> response = http.getForEntity("/api/search?q={q}&k=3", Map.class, "troops ambulance strikes");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<Map<String, Object>> hits = (List<Map<String, Object>>) response.getBody().get("hits");
        assertThat(hits).hasSize(3);
        assertThat(hits.get(0)).containsEntry("rank", 1).containsEntry("passageId", "001_33371de56cf75ba2#2");
        assertThat(hits).extracting(h -> ((Number) h.get("score")).doubleValue())
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/search", "/api/search?q=", "/api/search?q=nurses&k=0", "/api/search?q=nurses&k=51",
            "/api/search?q=nurses&k=abc"})
    void should_answer_400_when_the_search_parameters_are_bad(String url) {
        ResponseEntity<Map> response = http.getForEntity(url, Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).containsKey("error");
    }

    @Test
    @SuppressWarnings("unchecked")
    void should_list_articles_and_report_the_skipped_file_when_one_file_is_broken() {
        Map<String, Object> body = http.getForEntity("/api/articles", Map.class).getBody();

        List<Map<String, Object>> articles = (List<Map<String, Object>>) body.get("articles");
        assertThat(articles).hasSize(5);
        assertThat(articles).allSatisfy(a -> assertThat((Integer) a.get("passages")).isPositive());
        assertThat(articles.get(0)).containsKeys("id", "title", "source", "published", "url", "contentHash");
        Map<String, Object> ingestion = (Map<String, Object>) body.get("ingestion");
        assertThat((List<Map<String, Object>>) ingestion.get("skipped")).singleElement()
                .satisfies(s -> assertThat(s).containsEntry("file", "broken.txt").containsKey("reason"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void should_list_one_page_of_articles_with_the_total_when_given_offset_and_limit() {
        Map<String, Object> all = http.getForEntity("/api/articles", Map.class).getBody();
        Map<String, Object> page = http.getForEntity("/api/articles?offset=1&limit=2", Map.class).getBody();
        Map<String, Object> beyond = http.getForEntity("/api/articles?offset=50", Map.class).getBody();

        List<Map<String, Object>> every = (List<Map<String, Object>>) all.get("articles");
        assertThat((List<Map<String, Object>>) page.get("articles")).extracting(a -> a.get("id"))
                .containsExactly(every.get(1).get("id"), every.get(2).get("id"));
        assertThat(page).containsEntry("articleCount", 5).containsEntry("offset", 1).containsEntry("limit", 2);
        assertThat((List<?>) beyond.get("articles")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"offset=-1", "limit=0", "limit=1001", "limit=ten", "offset=9999999999"})
    void should_refuse_a_page_when_offset_or_limit_is_out_of_range_or_not_a_number(String query) {
        ResponseEntity<Map> response = http.getForEntity("/api/articles?" + query, Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).containsKey("error");
    }

    @Test
    @SuppressWarnings("unchecked")
    void should_report_up_with_counts_when_the_index_is_open() {
        Map<String, Object> body = http.getForEntity("/actuator/health", Map.class).getBody();

        assertThat(body).containsEntry("status", "UP");
        Map<String, Object> index = (Map<String, Object>) ((Map<String, Object>) body.get("components")).get("index");
        Map<String, Object> details = (Map<String, Object>) index.get("details");
        assertThat(details).containsEntry("articles", 5);
        assertThat((Integer) details.get("passages")).isGreaterThanOrEqualTo(5);
    }

    @Test
    void should_show_answer_retrieval_and_reload_series_on_the_prometheus_scrape_after_an_answer() {
        ask("How many troops were to be deployed during the ambulance strikes?");
        ask("What is the best recipe for banana bread?");

        String scrape = http.getForObject("/actuator/prometheus", String.class);

        assertThat(scrape).containsPattern(
                        "picket_answer_seconds_count\\{front_end=\"http\",mode=\"extractive\",outcome=\"answered\"} [1-9]")
                .containsPattern("picket_answer_seconds_count\\{[^}]*outcome=\"declined\"} [1-9]")
                .containsPattern("picket_retrieval_seconds_count\\{front_end=\"http\"} [1-9]")
                .containsPattern("picket_reloads_total\\{outcome=\"succeeded\"} [1-9]")
                .contains("picket_reload_duration_seconds_count{outcome=\"succeeded\"}")
                .doesNotContain("picket_llm_breaker_state");
    }

    private ResponseEntity<Map> ask(String question) {
        return http.postForEntity("/api/ask", Map.of("question", question), Map.class);
    }

    private ResponseEntity<Map> post(String body, MediaType type) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        return http.exchange("/api/ask", HttpMethod.POST, new HttpEntity<>(body, headers), Map.class);
    }

    private static List<Integer> markers(String text) {
        Matcher m = MARKER.matcher(text);
        List<Integer> out = new ArrayList<>();
        while (m.find()) {
            out.add(Integer.parseInt(m.group(1)));
        }
        return out;
    }
}
