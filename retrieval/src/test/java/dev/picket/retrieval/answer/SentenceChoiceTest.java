package dev.picket.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import dev.picket.retrieval.Answer;
import dev.picket.retrieval.CountingEmbedder;
import dev.picket.retrieval.SampleIndex;
import dev.picket.retrieval.SearchHit;
import dev.picket.retrieval.embed.PassageEmbedder;
import dev.picket.retrieval.embed.Vectors;
import dev.picket.retrieval.index.QueryTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sentences chosen by meaning, typos matched to the index's words, and sentence vectors embedded once. */
class SentenceChoiceTest {

    @Test
    void should_quote_the_sentence_closest_in_meaning_when_a_similarity_is_set(@TempDir Path dir) {
        try (SampleIndex sample = SampleIndex.in(dir)) {
            String question = "What did people think about troops covering for the ambulance strikes?";
            SentenceSimilarity perilous = (q, passages, sentences) -> sentences.stream()
                    .map(s -> s.contains("perilous") ? 0.9 : 0.1).toList();
            SentenceSimilarity other = (q, passages, sentences) -> sentences.stream()
                    .map(s -> s.contains("perilous") ? 0.1 : 0.9).toList();

            Answer toPerilous = builder(sample).sentenceSimilarity(perilous).build().answer(question);
            Answer awayFromIt = builder(sample).sentenceSimilarity(other).build().answer(question);

            assertThat(toPerilous.answer()).contains("perilous");
            assertThat(awayFromIt.answer()).doesNotContain("perilous");
        }
    }

    @Test
    void should_correct_a_misspelt_word_when_the_index_lacks_it(@TempDir Path dir) {
        try (SampleIndex sample = SampleIndex.in(dir)) {
            String secretary = QueryTerms.of("secretary").getFirst();
            String misspelt = QueryTerms.of("secretery").getFirst();

            assertThat(misspelt).isNotEqualTo(secretary);
            assertThat(sample.index.vocabularyTerm(misspelt)).isEqualTo(secretary);
            assertThat(sample.index.vocabularyTerm(secretary)).isEqualTo(secretary);
            // Words far from every indexed one, and short ones, are left for abstention to judge.
            assertThat(sample.index.vocabularyTerm("banana")).isEqualTo("banana");
            assertThat(sample.index.vocabularyTerm("nhz")).isEqualTo("nhz");
        }
    }

    @Test
    void should_find_passages_by_a_misspelt_word_when_searching_by_words(@TempDir Path dir) {
        try (SampleIndex sample = SampleIndex.in(dir)) {
            List<SearchHit> hits = sample.retriever.retrieve("Radakn perillous", 3);

            assertThat(hits).isNotEmpty();
            assertThat(hits.getFirst().text()).contains("perilous");
        }
    }

    @Test
    void should_embed_a_sentence_once_when_asked_about_it_again() {
        PassageEmbedder byLength = texts -> texts.stream()
                .map(t -> Vectors.normalised(new float[] {t.length(), 1 + t.indexOf('o'), 1})).toList();
        CountingEmbedder counting = new CountingEmbedder(byLength, "by-length");
        EmbeddingSentenceSimilarity similarity = new EmbeddingSentenceSimilarity(counting);
        List<String> sentences = List.of("Nurses went on strike.", "Troops were deployed.", "Nurses went on strike.");

        List<Double> first = similarity.similarity("strike", List.of(), sentences);
        int afterFirst = counting.texts.get();
        List<Double> second = similarity.similarity("troops", List.of(), sentences);

        assertThat(first).hasSize(3);
        assertThat(first.get(0)).isEqualTo(first.get(2));
        assertThat(afterFirst).isEqualTo(3); // the question and two distinct sentences
        assertThat(counting.texts.get() - afterFirst).isEqualTo(1); // only the new question
        assertThat(second).hasSize(3);
    }

    private static ExtractiveAnswerer.Builder builder(SampleIndex sample) {
        return ExtractiveAnswerer.builder().retriever(sample.retriever).stats(sample.index).neighbours(sample.index)
                .equivalences(Equivalences.bundled());
    }
}
