package dev.picket.retrieval.index;

import static dev.picket.retrieval.TestArticles.article;
import static dev.picket.retrieval.TestArticles.corpus;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import dev.picket.corpus.Article;
import dev.picket.retrieval.CountingEmbedder;
import dev.picket.retrieval.SampleIndex;
import dev.picket.retrieval.search.VectorRetriever;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Passages are embedded once: the cache beside the index serves resyncs, rebuilds and restarts. */
class EmbeddingCacheTest {

    private static final LocalDate DAY = LocalDate.of(2024, 7, 10);

    @TempDir
    Path dir;

    private final CountingEmbedder embedder = new CountingEmbedder(SampleIndex.embedder(), "minilm-counted");

    private final Article one = article("a1", "Outlet", DAY, "Nurses walked out over pay in December.",
            "Ambulance crews joined them the following week.");
    private final Article two = article("a2", "Outlet", DAY, "Junior doctors met the health secretary.");

    @Test
    void should_embed_only_new_or_changed_passages_when_resyncing() throws IOException {
        try (PassageIndex index = PassageIndex.open(dir.resolve("index"), embedder)) {
            assertThat(index.sync(corpus(one, two)).passagesEmbedded()).isEqualTo(3);
            assertThat(embedder.texts).hasValue(3);

            Article edited = article("a1", "Outlet", DAY, "Nurses walked out over pay in December.",
                    "Paramedics joined them the following week.");
            var report = index.sync(corpus(edited, two));

            assertThat(report.changed()).containsExactly("a1");
            assertThat(report.passagesEmbedded()).isEqualTo(1);
            assertThat(embedder.texts).hasValue(4);
        }
    }

    @Test
    void should_embed_nothing_when_the_index_is_rebuilt_beside_its_cache() throws IOException {
        Path indexDir = dir.resolve("index");
        try (PassageIndex index = PassageIndex.open(indexDir, embedder)) {
            index.sync(corpus(one, two));
        }
        deleteTree(indexDir);
        try (PassageIndex index = PassageIndex.open(indexDir, embedder)) {
            var report = index.sync(corpus(one, two));

            assertThat(report.added()).hasSize(2);
            assertThat(report.passagesEmbedded()).isZero();
            assertThat(embedder.texts).hasValue(3);
            assertThat(index.searchVector(SampleIndex.embedder().embed("paramedics strike"), 1)).hasSize(1);
        }
    }

    @Test
    void should_embed_again_when_the_cache_file_is_damaged() throws IOException {
        Path indexDir = dir.resolve("index");
        Files.createDirectories(dir);
        Files.write(EmbeddingCache.beside(indexDir), new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
        try (PassageIndex index = PassageIndex.open(indexDir, embedder)) {
            assertThat(index.sync(corpus(one)).passagesEmbedded()).isEqualTo(2);
        }
        deleteTree(indexDir);
        try (PassageIndex index = PassageIndex.open(indexDir, embedder)) {
            index.sync(corpus(one));
        }
        assertThat(embedder.texts).as("the rewritten cache serves the rebuilt index").hasValue(2);
    }

    @Test
    void should_rebuild_the_index_when_the_embedder_changes() throws IOException {
        Path indexDir = dir.resolve("index");
        try (PassageIndex index = PassageIndex.open(indexDir)) {
            index.sync(corpus(one));
            assertThat(index.hasVectors()).isFalse();
        }
        try (PassageIndex index = PassageIndex.open(indexDir, embedder)) {
            assertThat(index.passageCount()).as("a text-only index is not reused for vectors").isZero();
            var report = index.sync(corpus(one));
            assertThat(report.added()).containsExactly("a1");
            assertThat(new VectorRetriever(index, embedder).retrieve("nurses pay", 2)).hasSize(2);
        }
    }

    private static void deleteTree(Path p) throws IOException {
        try (var files = Files.walk(p)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
