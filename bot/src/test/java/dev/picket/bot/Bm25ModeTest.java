package dev.picket.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.picket.retrieval.embed.PassageEmbedder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@code picket.retrieval.mode=bm25}: no model is loaded and words alone still find and answer. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.additional-location=optional:file:../config/", "picket.retrieval.mode=BM25"})
@AutoConfigureTestRestTemplate
@DirtiesContext
class Bm25ModeTest {

    /** The app's folders; @DirtiesContext closes the app before JUnit deletes them. */
    @TempDir
    static Path tmp;

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectProvider<PassageEmbedder> embedders;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        SampleApp.folders(registry, tmp);
    }

    @Test
    @SuppressWarnings("unchecked")
    void should_answer_from_words_without_loading_a_model_when_the_mode_is_bm25() {
        SampleApp.awaitIndex(http);

        ResponseEntity<Map> hits = http.getForEntity("/api/search?q={q}&k=3", Map.class, "troops ambulance strikes");

        assertThat(embedders.getIfAvailable()).isNull();
        assertThat(hits.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((List<Map<String, Object>>) hits.getBody().get("hits")).first()
                .extracting(h -> h.get("passageId")).isEqualTo("001_33371de56cf75ba2#2");
    }
}
