package dev.picket.bot.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

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

/** Without {@code PICKET_ADMIN_TOKEN} (here set blank) the admin endpoints do not exist. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.additional-location=optional:file:../config/", "picket.admin.token= "})
@AutoConfigureTestRestTemplate
@DirtiesContext
class AdminDisabledTest {

    /** The app's folders; @DirtiesContext closes the app before JUnit deletes them. */
    @TempDir
    static Path tmp;

    @Autowired
    TestRestTemplate http;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) throws IOException {
        Path index = tmp.resolve("index");
        registry.add("picket.corpus.dir", () -> Path.of("../corpus/articles").toAbsolutePath().normalize().toString());
        registry.add("picket.index.dir", index::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Bearer anything", "Bearer  "})
    void should_answer_404_when_no_admin_token_is_configured(String authorization) {
        HttpHeaders headers = new HttpHeaders();
        if (!authorization.isEmpty()) {
            headers.set(HttpHeaders.AUTHORIZATION, authorization);
        }
        ResponseEntity<Map> response = http.exchange("/api/admin/reload", HttpMethod.POST, new HttpEntity<>(headers),
                Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getBody()).containsKey("error");
    }
}
