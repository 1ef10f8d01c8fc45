package dev.picket.bot.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.picket.bot.SampleApp;
import dev.picket.retrieval.embed.PassageEmbedder;
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

/** The timeline over real HTTP on the sample corpus, in the default hybrid mode. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.additional-location=optional:file:../config/")
@AutoConfigureTestRestTemplate
@DirtiesContext
class TimelineApiTest {

    /** The app's folders; @DirtiesContext closes the app before JUnit deletes them. */
    @TempDir
    static Path tmp;

    @Autowired
    TestRestTemplate http;

    @Autowired
    List<PassageEmbedder> embedders;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        SampleApp.folders(registry, tmp);
    }

    @BeforeEach
    void waitForTheIndex() {
        SampleApp.awaitIndex(http);
    }

    @Test
    @SuppressWarnings("unchecked")
    void should_list_every_article_in_date_order_when_no_topic_is_given() {
        ResponseEntity<Map> response = http.getForEntity("/api/timeline", Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<Map<String, Object>> events = (List<Map<String, Object>>) response.getBody().get("events");
        assertThat(events).hasSize(5);
        assertThat(events).extracting(e -> (String) e.get("date")).isSorted().first().isEqualTo("2022-12-11");
        assertThat(events).allSatisfy(e -> assertThat((Map<String, Object>) e.get("citation"))
                .containsKeys("n", "articleId", "passageId", "source", "published"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void should_keep_to_the_topic_when_one_is_given() {
        ResponseEntity<Map> response = http.getForEntity("/api/timeline?topic={t}", Map.class,
                "resident doctors' walkouts");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody().get("topic")).isEqualTo("resident doctors' walkouts");
        List<Map<String, Object>> events = (List<Map<String, Object>>) response.getBody().get("events");
        assertThat(events).isNotEmpty().hasSizeLessThan(5);
        assertThat(events).extracting(e -> (String) e.get("date")).isSorted();
        assertThat(events).extracting(e -> ((Map<String, Object>) e.get("citation")).get("articleId"))
                .contains("004_b8399ad4387e3a20");
    }

    @Test
    void should_reject_a_bad_limit_or_an_overlong_topic_with_a_clear_error() {
        ResponseEntity<Map> badLimit = http.getForEntity("/api/timeline?limit=0", Map.class);
        ResponseEntity<Map> longTopic = http.getForEntity("/api/timeline?topic={t}", Map.class, "x".repeat(201));

        assertThat(badLimit.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badLimit.getBody()).containsKey("error");
        assertThat(longTopic.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void should_load_the_embedding_model_when_the_mode_is_hybrid() {
        assertThat(embedders).hasSize(1);
    }
}
