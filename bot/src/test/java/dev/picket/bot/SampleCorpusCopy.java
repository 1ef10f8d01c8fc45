package dev.picket.bot;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;

/** A fresh copy of the sample corpus in a test's temp folder, and a folder for its index, for a test app to serve. */
public final class SampleCorpusCopy {

    private SampleCorpusCopy() {
    }

    /**
     * Copies the sample corpus (tests run in bot/) into {@code work}, the test class's static {@code @TempDir}, and
     * points the app's corpus and index keys at the copy. The class also needs {@code @DirtiesContext}, so that
     * the app is closed before JUnit deletes the folder.
     *
     * @return the work folder: the corpus copy is its {@code articles/}
     */
    public static Path serve(DynamicPropertyRegistry registry, Path work) {
        try {
            Path articles = Files.createDirectories(work.resolve("articles"));
            try (Stream<Path> files = Files.list(Path.of("../corpus/articles"))) {
                for (Path f : files.toList()) {
                    Files.copy(f, articles.resolve(f.getFileName().toString()));
                }
            }
            // Relative and climbing out of bot/, as an operator may well write it; it must bind as a plain path.
            registry.add("picket.corpus.dir", () -> Path.of("").toAbsolutePath().relativize(articles).toString());
            registry.add("picket.index.dir", () -> work.resolve("index").toString());
            return work;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the app has read the corpus folder once, so answers come from the whole copy. */
    public static void awaitIndexed(TestRestTemplate http) {
        await().atMost(Duration.ofSeconds(30)).until(() -> http.getForEntity("/api/articles", Map.class).getBody()
                .get("ingestion") != null);
    }
}
