package dev.picket.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.picket.retrieval.OnSampleVectors;
import dev.picket.retrieval.RetrievalMode;
import org.junit.jupiter.api.Test;

/** "How much holiday pay": a compound noun names one thing, and a figure of another ("a pay rise") is not it. */
class MeasuredCompoundTest extends OnSampleVectors {

    @Test
    void should_read_a_compound_when_the_measured_noun_has_several_words() {
        assertThat(AnswerType.measured("how much holiday pay do porters get").orElseThrow().compound()).isTrue();
        assertThat(AnswerType.measured("how many porters went out").orElseThrow().compound()).isFalse();
        assertThat(AnswerType.measured("how many porters and cleaners went out").orElseThrow().compound())
                .isFalse();
        assertThat(AnswerType.measured("how much does a porter earn").orElseThrow().compound()).isFalse();
    }

    @Test
    void should_decline_when_no_sentence_gives_a_figure_of_the_whole_compound() {
        assertThat(sample.answerer(RetrievalMode.HYBRID).answer("how much holiday pay do nurses get").answered())
                .isFalse();
        assertThat(sample.answerer(RetrievalMode.HYBRID).answer("how much sick pay will the bma offer doctors")
                .answered()).isFalse();
    }

    @Test
    void should_answer_when_a_sentence_names_every_word_of_the_compound() {
        assertThat(sample.answerer(RetrievalMode.HYBRID).answer("how many rcn members could vote in the ballot")
                .answer()).contains("300,000");
    }
}
