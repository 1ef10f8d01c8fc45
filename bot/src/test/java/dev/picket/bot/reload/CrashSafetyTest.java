package dev.picket.bot.reload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import dev.picket.bot.CorpusFolder;
import dev.picket.bot.ServedCorpus;
import dev.picket.retrieval.index.PassageIndex;
import dev.picket.retrieval.search.Bm25Retriever;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 in the middle of a reload: a child JVM writes most of a large change into the index, uncommitted,
 * and is killed. The index it leaves must open on the last good commit, serve it, and reload again.
 */
class CrashSafetyTest {

    private static final int FIRST = 30;
    private static final int EXTRA = 1500;

    @TempDir
    Path tmp;

    @Test
    void should_serve_the_last_good_commit_and_reload_again_when_killed_mid_reload() throws Exception {
        CorpusFolder corpus;
        try (ServedCorpus first = ServedCorpus.in(tmp)) {
            corpus = first.corpus;
            for (int i = 0; i < FIRST; i++) {
                corpus.article("a" + i + ".txt", "The kestrel edition.\n\n" + CorpusFolder.prose(i, 150));
            }
            assertThat(first.reloads.reload().join().generation()).isEqualTo(1);
        }
        Path indexDir = tmp.resolve("index");
        // The change the child is killed in the middle of: every article edited and many added.
        for (int i = 0; i < FIRST; i++) {
            corpus.article("a" + i + ".txt", "The osprey edition.\n\n" + CorpusFolder.prose(i, 150));
        }
        for (int i = 0; i < EXTRA; i++) {
            corpus.article("b" + i + ".txt", "The osprey edition.\n\n" + CorpusFolder.prose(10_000 + i, 900));
        }

        Process child = startChild(corpus.dir, indexDir, FIRST + EXTRA - 10);
        try {
            assertThat(waitForLine(child, CrashingReload.MID_RELOAD)).as("the child reached the middle of the reload")
                    .isTrue();
            assertThat(uncommittedFiles(indexDir)).as("the reload had written segments that no commit holds")
                    .isNotEmpty();
        } finally {
            // SIGKILL on Linux: no shutdown hooks, no closing of the writer.
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }

        try (ServedCorpus restarted = ServedCorpus.in(tmp)) {
            PassageIndex index = restarted.index;
            Bm25Retriever search = new Bm25Retriever(index);
            assertThat(index.generation()).isEqualTo(1);
            assertThat(index.articleCount()).isEqualTo(FIRST);
            assertThat(search.retrieve("kestrel edition", 100)).hasSize(FIRST);
            assertThat(search.retrieve("osprey", 100)).isEmpty();

            ReloadReport report = restarted.reloads.reload().join();

            assertThat(report.succeeded()).as(report.error()).isTrue();
            assertThat(report.generation()).isEqualTo(2);
            assertThat(report.changed()).hasSize(FIRST);
            assertThat(report.added()).hasSize(EXTRA);
            assertThat(index.articleCount()).isEqualTo(FIRST + EXTRA);
            assertThat(search.retrieve("kestrel", 100)).isEmpty();
            assertThat(search.retrieve("osprey edition", 100)).hasSize(100);
        }
    }

    private static Process startChild(Path corpus, Path index, int stopAfter) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(), "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                CrashingReload.class.getName(), corpus.toString(), index.toString(), Integer.toString(stopAfter))
                .redirectErrorStream(true).start();
    }

    /** Reads the child's output until the line appears; false when it exits or takes too long. */
    private static boolean waitForLine(Process child, String line) throws Exception {
        CompletableFuture<Boolean> seen = new CompletableFuture<>();
        // Reads to the end, so the child never blocks on a full pipe.
        Thread.ofVirtual().start(() -> {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String l = out.readLine(); l != null; l = out.readLine()) {
                    if (l.equals(line)) {
                        seen.complete(true);
                    }
                }
            } catch (IOException e) {
                // The child was killed; its output ends here.
            }
            seen.complete(false);
        });
        return seen.get(180, TimeUnit.SECONDS);
    }

    private static Set<String> uncommittedFiles(Path indexDir) throws IOException {
        Set<String> onDisk = new HashSet<>();
        try (Stream<Path> files = Files.list(indexDir)) {
            files.map(f -> f.getFileName().toString()).filter(n -> !n.equals("write.lock")).forEach(onDisk::add);
        }
        try (FSDirectory dir = FSDirectory.open(indexDir)) {
            onDisk.removeAll(SegmentInfos.readLatestCommit(dir).files(true));
        }
        return onDisk;
    }
}
