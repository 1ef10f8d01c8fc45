package dev.picket.bot;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;

/** The app on the bundled sample corpus (read in place, never written) with an index in a fresh folder. */
public final class SampleApp {

    private SampleApp() {
    }

    public static void folders(DynamicPropertyRegistry registry, String name) {
        Path index;
        try {
            index = Files.createTempDirectory(name).resolve("index");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        registry.add("picket.corpus.dir", () -> Path.of("../corpus/articles").toAbsolutePath().normalize().toString());
        registry.add("picket.index.dir", index::toString);
    }

    /** Waits until the first sync has finished, model loading and embedding included. */
    public static void awaitIndex(TestRestTemplate http) {
        await().atMost(Duration.ofSeconds(60)).until(() -> http.getForEntity("/api/articles", Map.class).getBody()
                .get("ingestion") != null);
    }
}
