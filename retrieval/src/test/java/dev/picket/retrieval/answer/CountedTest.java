package dev.picket.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.picket.retrieval.OnSampleVectors;
import dev.picket.retrieval.RetrievalMode;
import org.junit.jupiter.api.Test;

/** "How many X": the figure quoted must count X, not merely stand in a sentence or passage that names X. */
class CountedTest extends OnSampleVectors {

    @Test
    void should_read_the_words_after_each_figure_when_a_sentence_gives_figures() {
        assertThat(Counted.by("Officials said 2,400 porters joined, and five days of talks followed."))
                .containsExactly("porters joined", "days");
        assertThat(Counted.by("Hundreds of cleaners walked out.")).containsExactly("cleaners walked");
        assertThat(Counted.by("They struck in 2019 and again in 2021.")).isEmpty();
    }

    @Test
    void should_name_the_counted_noun_when_the_question_asks_how_many() {
        assertThat(AnswerType.measured("how many ward clerks are on strike").orElseThrow().counted())
                .isEqualTo("clerks");
        assertThat(AnswerType.measured("how many porters walked out").orElseThrow().counted()).isEqualTo("porters");
        assertThat(AnswerType.measured("how many porters and cleaners walked out").orElseThrow().counted()).isNull();
        assertThat(AnswerType.measured("how much does a porter earn").orElseThrow().counted()).isNull();
    }

    @Test
    void should_decline_when_the_only_figures_count_something_else() {
        assertThat(sample.answerer(RetrievalMode.HYBRID)
                .answer("how many junior doctors walked out in their eleventh strike").answered()).isFalse();
    }

    @Test
    void should_answer_when_a_figure_counts_the_noun_or_its_equivalent() {
        assertThat(sample.answerer(RetrievalMode.HYBRID)
                .answer("how many troops would stand in for striking ambulance crews").answer()).contains("1,200");
    }

    @Test
    void should_answer_when_the_sentence_names_the_counted_people_by_their_body_or_a_near_word() {
        assertThat(sample.answerer(RetrievalMode.HYBRID).answer("how many nurses were to be balloted").answer())
                .contains("300,000");
        assertThat(sample.answerer(RetrievalMode.HYBRID).answer("how many people could the rcn ballot").answer())
                .contains("300,000");
    }

    @Test
    void should_decline_when_the_only_figure_counts_something_that_merely_goes_with_the_asked_noun() {
        // Hospitals hold appointments, so the words are near in meaning; a count of one is no count of the other.
        for (String q : new String[] {"how many hospitals were affected by the eleventh walkout",
                "how many hospitals were hit by the five day walkout"}) {
            assertThat(sample.answerer(RetrievalMode.HYBRID).answer(q).answered()).as(q).isFalse();
        }
    }

    @Test
    void should_answer_when_the_figure_counts_a_word_that_means_nearly_the_same() {
        assertThat(sample.answerer(RetrievalMode.HYBRID).answer("how many workers did the rcn ballot").answer())
                .contains("300,000");
    }
}
