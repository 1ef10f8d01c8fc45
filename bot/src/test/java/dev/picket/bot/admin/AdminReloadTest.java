package dev.picket.bot.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.picket.bot.CorpusFolder;
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
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@code POST /api/admin/reload} on the whole app, with the admin token set. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.additional-location=optional:file:../config/",
                "picket.admin.token=" + AdminReloadTest.TOKEN})
@AutoConfigureTestRestTemplate
@DirtiesContext
class AdminReloadTest {

    /** The app's folders; @DirtiesContext closes the app before JUnit deletes them. */
    @TempDir
    static Path tmp;

    static final String TOKEN = "correct-horse-battery-staple";

    @Autowired
    TestRestTemplate http;

    @Autowired
    AdminProperties properties;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        Path work = work();
        registry.add("picket.corpus.dir", () -> work.resolve("articles").toString());
        registry.add("picket.index.dir", () -> work.resolve("index").toString());
    }

    @Test
    void should_answer_401_when_there_is_no_token() {
        ResponseEntity<Map> response = http.postForEntity("/api/admin/reload", null, Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
        assertThat(response.getBody()).containsKey("error");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer wrong", "Bearer " + TOKEN + "x", "Bearer correct-horse", "Basic " + TOKEN, TOKEN,
            "Bearer ", "Bearer"})
    void should_answer_401_when_the_token_is_wrong(String authorization) {
        ResponseEntity<Map> response = reload(authorization);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getBody().toString()).doesNotContain(TOKEN);
    }

    @Test
    @SuppressWarnings("unchecked")
    void should_reload_and_answer_with_the_report_when_the_token_is_right() throws IOException {
        reload("Bearer " + TOKEN);
        new CorpusFolder(tmp.resolve("articles")).article("porters.txt", "Porters walked out at St Mary's.\n\n"
                + CorpusFolder.prose(3, 120));
        Files.write(tmp.resolve("articles/broken.md"), new byte[] {0, 1, 2, 3});

        ResponseEntity<Map> response = reload("bearer " + TOKEN);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> body = response.getBody();
        assertThat(body).containsEntry("succeeded", true).containsEntry("error", null)
                .containsEntry("added", List.of("porters.txt")).containsEntry("changed", List.of())
                .containsKeys("removed", "unchanged", "passagesIndexed", "generation", "durationMs", "finishedAt");
        assertThat((List<Map<String, Object>>) body.get("skipped")).singleElement()
                .satisfies(s -> assertThat(s).containsEntry("file", "broken.md").containsKey("reason"));
        assertThat(http.getForEntity("/api/search?q=porters&k=1", Map.class).getBody().toString())
                .contains("porters");
    }

    @Test
    void should_keep_the_token_out_of_to_string() {
        assertThat(properties.toString()).doesNotContain(TOKEN).contains("set");
    }

    @Test
    void should_check_tokens_without_depending_on_their_length() {
        BearerTokenCheck check = new BearerTokenCheck(TOKEN);

        assertThat(check.accepts("Bearer " + TOKEN)).isTrue();
        assertThat(check.accepts("Bearer " + TOKEN.substring(1))).isFalse();
        assertThat(check.accepts("Bearer " + TOKEN.repeat(1000))).isFalse();
        assertThat(check.accepts(null)).isFalse();
    }

    private ResponseEntity<Map> reload(String authorization) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.AUTHORIZATION, authorization);
        return http.exchange("/api/admin/reload", HttpMethod.POST, new HttpEntity<>(headers), Map.class);
    }

    private static Path work() {
        new CorpusFolder(tmp.resolve("articles")).article("first.txt", CorpusFolder.prose(1, 150));
        return tmp;
    }
}
