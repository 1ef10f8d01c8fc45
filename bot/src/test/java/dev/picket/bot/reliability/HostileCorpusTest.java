package dev.picket.bot.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.stream.Collectors;

import dev.picket.bot.SampleCorpusCopy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The app started on the sample corpus plus every kind of file that breaks naive readers: binary, empty, invalid
 * UTF-8, 50 MB, a symlink loop, a named pipe (reading one blocks forever) and a file without read permission.
 * Each is skipped with its reason and the sample articles are all indexed and answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // Health's details are what these tests read; who may see them is HostileRequestsTest's concern.
        properties = {"spring.config.additional-location=optional:file:../config/", "management.endpoint.health.show-details=always"})
@AutoConfigureTestRestTemplate
@DirtiesContext
class HostileCorpusTest {

    /** The app's folders; @DirtiesContext closes the app before JUnit deletes them. */
    @TempDir
    static Path tmp;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int SAMPLE_ARTICLES = 5;
    private static Path articles;
    private static boolean unreadable;

    @Autowired
    TestRestTemplate http;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) throws Exception {
        articles = SampleCorpusCopy.serve(registry, tmp).resolve("articles");
        Files.write(articles.resolve("binary.txt"), new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0x3e, 0});
        Files.write(articles.resolve("empty.txt"), new byte[0]);
        Files.write(articles.resolve("latin1.txt"), "Nurses' pay: \u00a3 and caf\u00e9 strike news.".getBytes("ISO-8859-1"));
        try (RandomAccessFile huge = new RandomAccessFile(articles.resolve("huge.txt").toFile(), "rw")) {
            huge.setLength(50L * 1024 * 1024); // sparse: 50 MB on paper, written in no time
        }
        Files.createSymbolicLink(articles.resolve("loop-a.txt"), articles.resolve("loop-b.txt"));
        Files.createSymbolicLink(articles.resolve("loop-b.txt"), articles.resolve("loop-a.txt"));
        Files.createSymbolicLink(articles.resolve("loop-dir"), articles);
        int mkfifo = new ProcessBuilder("mkfifo", articles.resolve("pipe.txt").toString()).start().waitFor();
        assertThat(mkfifo).isZero();
        Path locked = articles.resolve("locked.txt");
        Files.writeString(locked, "Porters walked out over unpaid overtime at the hospital.");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        // Root reads a file whatever its permissions say (CI runs as root), so then it is simply an article.
        unreadable = !Files.isReadable(locked);
    }

    @BeforeEach
    void waitForTheIndex() {
        SampleCorpusCopy.awaitIndexed(http);
    }

    @Test
    void should_skip_each_hostile_file_with_its_reason_and_index_the_rest_when_the_corpus_holds_them() {
        JsonNode body = JSON.readTree(http.getForObject("/api/articles", String.class));
        Map<String, String> skipped = body.path("ingestion").path("skipped").valueStream()
                .collect(Collectors.toMap(s -> s.path("file").asString(), s -> s.path("reason").asString()));

        assertThat(skipped).hasEntrySatisfying("binary.txt", r -> assertThat(r).contains("binary"))
                .hasEntrySatisfying("empty.txt", r -> assertThat(r).contains("empty"))
                .hasEntrySatisfying("latin1.txt", r -> assertThat(r).contains("not valid UTF-8"))
                .hasEntrySatisfying("huge.txt", r -> assertThat(r).contains("too large").contains("52428800"))
                .hasEntrySatisfying("loop-a.txt", r -> assertThat(r).contains("not a regular file"))
                .hasEntrySatisfying("loop-b.txt", r -> assertThat(r).contains("not a regular file"))
                .hasEntrySatisfying("pipe.txt", r -> assertThat(r).contains("not a regular file"));
        if (unreadable) {
            assertThat(skipped).hasEntrySatisfying("locked.txt", r -> assertThat(r).contains("permission denied"));
            assertThat(body.path("articleCount").asInt()).isEqualTo(SAMPLE_ARTICLES);
        } else {
            assertThat(skipped).doesNotContainKey("locked.txt");
            assertThat(body.path("articleCount").asInt()).isEqualTo(SAMPLE_ARTICLES + 1);
        }
        assertThat(skipped).doesNotContainKey("loop-dir");
        assertThat(body.path("passageCount").asInt()).isPositive();
    }

    @Test
    void should_answer_from_the_readable_articles_and_report_up_when_the_corpus_holds_hostile_files()
            throws IOException {
        JsonNode answer = JSON.readTree(http.postForObject("/api/ask", Map.of("question",
                "How many troops were to be deployed during the ambulance strikes?"), String.class));
        JsonNode health = JSON.readTree(http.getForObject("/actuator/health", String.class));

        assertThat(answer.path("answered").asBoolean()).isTrue();
        assertThat(answer.path("answer").asString()).contains("1,200");
        assertThat(health.path("status").asString()).isEqualTo("UP");
        assertThat(health.path("components").path("index").path("details").path("skippedFiles").asInt())
                .isEqualTo(unreadable ? 8 : 7);
        assertThat(Files.size(articles.resolve("huge.txt"))).isEqualTo(50L * 1024 * 1024);
    }
}
