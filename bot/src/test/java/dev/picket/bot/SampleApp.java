package dev.picket.bot;

import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;

/** The app on the bundled sample corpus (read in place, never written) with an index in a fresh folder. */
public final class SampleApp {

    private SampleApp() {
    }

    /**
     * Points the app at the sample corpus and at an index inside {@code work}, the test class's static
     * {@code @TempDir} (with {@code @DirtiesContext}, so the app closes before the folder is deleted).
     */
    public static void folders(DynamicPropertyRegistry registry, Path work) {
        // Inside the folder, not at it: the embedding cache is written beside the index folder.
        Path index = work.resolve("index");
        registry.add("picket.corpus.dir", () -> Path.of("../corpus/articles").toAbsolutePath().normalize().toString());
        registry.add("picket.index.dir", index::toString);
    }

    /** Waits until the first sync has finished, model loading and embedding included. */
    public static void awaitIndex(TestRestTemplate http) {
        await().atMost(Duration.ofSeconds(60)).until(() -> http.getForEntity("/api/articles", Map.class).getBody()
                .get("ingestion") != null);
    }
}
