package dev.picket.bot.reload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import dev.picket.bot.CorpusFolder;
import dev.picket.bot.ServedCorpus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusWatcherTest {

    @TempDir
    Path tmp;

    ServedCorpus served;

    @BeforeEach
    void setUp() {
        served = ServedCorpus.in(tmp);
        served.corpus.article("a.txt", CorpusFolder.prose(1, 100));
    }

    @AfterEach
    void tearDown() {
        served.close();
    }

    @Test
    void should_reload_once_when_several_files_arrive_together() throws IOException {
        try (CorpusWatcher watcher = new CorpusWatcher(served.reloads, Duration.ofSeconds(1))) {
            served.reloads.reload().join();
            watcher.start();

            for (int i = 0; i < 5; i++) {
                served.corpus.article("new" + i + ".txt", CorpusFolder.prose(10 + i, 100));
            }

            await().atMost(Duration.ofSeconds(20)).until(() -> served.index.articleCount() == 6);
            assertThat(served.index.generation()).isEqualTo(2);
            assertThat(served.reloads.last().orElseThrow().added()).hasSize(5);
        }
    }

    @Test
    void should_not_reload_when_only_hidden_files_change() throws Exception {
        try (CorpusWatcher watcher = new CorpusWatcher(served.reloads, Duration.ofMillis(100))) {
            ReloadReport first = served.reloads.reload().join();
            watcher.start();

            Files.writeString(served.corpus.dir.resolve(".upload-tmp"), "x");
            // Ten times the settle time: long enough for a reload the hidden file set off to have begun.
            Thread.sleep(1000);
            assertThat(served.reloads.last()).containsSame(first);

            // The watcher is alive and would have seen a change: a visible file is reloaded, on its own.
            served.corpus.article("b.txt", CorpusFolder.prose(2, 100));
            await().atMost(Duration.ofSeconds(20)).until(() -> served.reloads.last().orElseThrow() != first);
            assertThat(served.reloads.last().orElseThrow().added()).containsExactly("b.txt");
        }
    }
}
