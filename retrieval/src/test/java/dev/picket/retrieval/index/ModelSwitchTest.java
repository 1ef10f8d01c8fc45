package dev.picket.retrieval.index;

import static dev.picket.retrieval.TestArticles.article;
import static dev.picket.retrieval.TestArticles.corpus;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import dev.picket.corpus.Article;
import dev.picket.corpus.Corpus;
import dev.picket.corpus.Passage;
import dev.picket.retrieval.CountingEmbedder;
import dev.picket.retrieval.embed.BgeSmallEmbedder;
import dev.picket.retrieval.embed.MiniLmEmbedder;
import dev.picket.retrieval.embed.Model;
import dev.picket.retrieval.embed.Vectors;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A change of embedding model never mixes vectors: the index and its cache are rebuilt with the new model. */
class ModelSwitchTest {

    private static final LocalDate DAY = LocalDate.of(2024, 7, 10);
    private static final String NURSES = "Nurses walked out over pay in December.";

    @TempDir
    Path dir;

    private final CountingEmbedder minilm = new CountingEmbedder(Model.MINILM.embedder(), MiniLmEmbedder.NAME);
    private final CountingEmbedder bge = new CountingEmbedder(Model.BGE_SMALL.embedder(), BgeSmallEmbedder.NAME);
    private final Corpus corpus = corpus(
            article("a1", "Outlet", DAY, NURSES, "Ambulance crews joined them the following week."),
            article("a2", "Outlet", DAY, "Junior doctors met the health secretary."));

    @Test
    void should_re_embed_every_passage_with_the_new_model_when_the_model_changes() throws IOException {
        Path indexDir = dir.resolve("index");
        try (PassageIndex index = PassageIndex.open(indexDir, minilm)) {
            assertThat(index.sync(corpus).passagesEmbedded()).isEqualTo(3);
        }
        assertThat(indexedModel(indexDir)).isEqualTo(MiniLmEmbedder.NAME);

        try (PassageIndex index = PassageIndex.open(indexDir, bge)) {
            assertThat(index.passageCount()).as("the MiniLM index is not reused").isZero();
            var report = index.sync(corpus);

            assertThat(report.added()).containsExactlyInAnyOrder("a1", "a2");
            assertThat(report.passagesEmbedded()).as("no MiniLM vector is taken from the cache").isEqualTo(3);
            float[] stored = index.vectors(List.of(Passage.idOf("a1", 0))).get(Passage.idOf("a1", 0));
            assertThat(Vectors.cosine(stored, bge.embed(NURSES))).isGreaterThan(0.999);
            assertThat(Vectors.cosine(stored, minilm.embed(NURSES))).as("another model's space").isLessThan(0.9);
        }
        assertThat(indexedModel(indexDir)).isEqualTo(BgeSmallEmbedder.NAME);
        assertThat(cachedVectors(indexDir, BgeSmallEmbedder.NAME)).isEqualTo(3);
        assertThat(cachedVectors(indexDir, MiniLmEmbedder.NAME)).as("the cache holds one model's vectors").isZero();
        assertThat(bge.texts).hasValue(4);
    }

    @Test
    void should_embed_again_when_switching_back_to_the_first_model() throws IOException {
        Path indexDir = dir.resolve("index");
        for (CountingEmbedder embedder : List.of(minilm, bge, minilm)) {
            try (PassageIndex index = PassageIndex.open(indexDir, embedder)) {
                assertThat(index.sync(corpus).passagesEmbedded()).isEqualTo(3);
            }
        }
        assertThat(indexedModel(indexDir)).isEqualTo(MiniLmEmbedder.NAME);
        assertThat(minilm.texts).hasValue(6);
    }

    private static String indexedModel(Path indexDir) throws IOException {
        try (FSDirectory directory = FSDirectory.open(indexDir)) {
            return DirectoryReader.listCommits(directory).getLast().getUserData().get(Writer.EMBEDDER_KEY);
        }
    }

    private static int cachedVectors(Path indexDir, String model) throws IOException {
        try (EmbeddingCache cache = EmbeddingCache.load(EmbeddingCache.beside(indexDir), model)) {
            return cache.size();
        }
    }
}
