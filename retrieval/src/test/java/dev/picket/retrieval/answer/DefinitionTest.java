package dev.picket.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.picket.retrieval.OnSampleVectors;
import dev.picket.retrieval.RetrievalMode;
import org.junit.jupiter.api.Test;

/** "what is the BMA": the sentence that spells the initials out answers it. */
class DefinitionTest extends OnSampleVectors {

    @Test
    void should_read_initials_when_a_question_asks_what_they_are() {
        assertThat(Definition.asked("what is the tuc")).isPresent();
        assertThat(Definition.asked("whats the NEU?")).isPresent();
        assertThat(Definition.asked("what does the rcn stand for")).isPresent();
        assertThat(Definition.asked("what does pay restoration mean")).isEmpty();
        assertThat(Definition.asked("what is the latest")).isPresent(); // any short word: only a sentence with it in brackets changes the answer
    }

    @Test
    void should_quote_the_sentence_spelling_initials_out_when_asked_what_they_stand_for() {
        assertThat(sample.answerer(RetrievalMode.HYBRID).answer("what is the bma").answer())
                .contains("British Medical Association (BMA)");
        assertThat(sample.answerer(RetrievalMode.HYBRID).answer("what does bma stand for").answer())
                .contains("British Medical Association (BMA)");
    }
}
