package dev.picket.retrieval.index;

import static dev.picket.retrieval.TestArticles.article;
import static dev.picket.retrieval.TestArticles.corpus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import dev.picket.corpus.Article;
import dev.picket.retrieval.CountingEmbedder;
import dev.picket.retrieval.SampleIndex;
import dev.picket.retrieval.SearchHit;
import dev.picket.retrieval.answer.EmbeddingSentenceSimilarity;
import dev.picket.retrieval.embed.Vectors;
import dev.picket.retrieval.search.Bm25Retriever;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sentence vectors are written at sync, so weighing sentences by meaning embeds only the question. */
class SentenceVectorsTest {

    private static final LocalDate DAY = LocalDate.of(2024, 7, 10);

    @TempDir
    Path dir;

    private final CountingEmbedder embedder = new CountingEmbedder(SampleIndex.embedder(), "minilm-counted");
    private final Article article = article("a1", "Outlet", DAY,
            "Nurses walked out over pay in December. Ministers offered 4%.",
            "Ambulance crews joined them the following week. Troops covered some shifts.");

    @Test
    void should_embed_only_the_question_when_the_index_stores_sentence_vectors() throws IOException {
        try (PassageIndex index = PassageIndex.open(dir.resolve("index"), embedder, true)) {
            index.sync(corpus(article));
            List<SearchHit> hits = new Bm25Retriever(index).retrieve("troops ambulance nurses", 2);
            List<String> sentences = hits.stream().flatMap(h -> PassageSentences.of(h.text()).stream()).toList();
            int before = embedder.texts.get();

            List<Double> cosines = new EmbeddingSentenceSimilarity(embedder, index)
                    .similarity("Were soldiers sent in?", hits, sentences);

            assertThat(sentences).hasSize(4);
            assertThat(embedder.texts.get() - before).as("only the question").isEqualTo(1);
            int troops = sentences.indexOf("Troops covered some shifts.");
            float[] direct = SampleIndex.embedder().embed("Troops covered some shifts.");
            assertThat(cosines.get(troops))
                    .isCloseTo(Vectors.cosine(SampleIndex.embedder().embed("Were soldiers sent in?"), direct),
                            within(1e-4));
            double runnerUp = java.util.stream.IntStream.range(0, cosines.size()).filter(i -> i != troops)
                    .mapToDouble(cosines::get).max().orElseThrow();
            System.out.printf("soldiers and troops: cosine %.3f, next sentence %.3f, margin %.3f%n",
                    cosines.get(troops), runnerUp, cosines.get(troops) - runnerUp);
            // The margin is an order of magnitude above the drift between CPUs' int8 kernels (about 0.01).
            assertThat(cosines.get(troops)).isGreaterThan(runnerUp + 0.05);
        }
    }

    @Test
    void should_embed_the_sentences_when_the_index_stores_none() throws IOException {
        try (PassageIndex index = PassageIndex.open(dir.resolve("index"), embedder)) {
            index.sync(corpus(article));
            List<SearchHit> hits = new Bm25Retriever(index).retrieve("troops", 1);
            List<String> sentences = PassageSentences.of(hits.getFirst().text());
            int before = embedder.texts.get();

            new EmbeddingSentenceSimilarity(embedder, index).similarity("Were soldiers sent in?", hits, sentences);

            assertThat(index.sentenceVectors(List.of(hits.getFirst().passageId()))).isEmpty();
            assertThat(embedder.texts.get() - before).isEqualTo(1 + sentences.size());
        }
    }

    @Test
    void should_read_the_new_vectors_when_a_passage_was_edited_after_they_were_read() throws IOException {
        try (PassageIndex index = PassageIndex.open(dir.resolve("index"), embedder, true)) {
            index.sync(corpus(article));
            String id = new Bm25Retriever(index).retrieve("troops", 1).getFirst().passageId();
            assertThat(index.sentenceVectors(List.of(id))).containsKey("Troops covered some shifts.");
            float[] before = index.vectors(List.of(id)).get(id);

            index.sync(corpus(article("a1", "Outlet", DAY,
                    "Nurses walked out over pay in December. Ministers offered 4%.",
                    "Ambulance crews joined them the following week. Soldiers drove some ambulances.")));

            assertThat(index.sentenceVectors(List.of(id))).containsOnlyKeys(
                    "Ambulance crews joined them the following week.", "Soldiers drove some ambulances.");
            assertThat(index.sentenceVectors(List.of(id)).get("Soldiers drove some ambulances."))
                    .containsExactly(SampleIndex.embedder().embed("Soldiers drove some ambulances."), within(1e-5f));
            assertThat(index.vectors(List.of(id)).get(id)).isNotEqualTo(before);
        }
    }
}
