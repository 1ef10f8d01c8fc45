package dev.picket.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The one text a question is embedded as, for the kNN search and the weighing of passages and sentences. */
class QuestionMeaningTest {

    private static final FixedStats STATS = new FixedStats(2, 10, Map.of(), 1);

    private static Question question(String text) {
        return Question.of(text, STATS, Equivalences.none());
    }

    @Test
    void should_embed_the_whole_question_when_it_asks_for_a_demand() {
        Question q = question("what are the porters demanding from the trust");

        assertThat(q.kind()).isEqualTo(QuestionKind.DEMAND);
        assertThat(q.searched()).doesNotContain("demanding");
        assertThat(q.query().meaning()).isEqualTo(q.plain());
    }

    @Test
    void should_embed_the_searched_words_when_its_kind_only_frames_the_question() {
        Question cause = question("why are the porters walking out");
        Question leader = question("who leads the porters union");

        assertThat(cause.searched()).isNotEqualTo(cause.plain());
        assertThat(cause.query().meaning()).isEqualTo(cause.searched());
        assertThat(leader.query().meaning()).isEqualTo(leader.searched());
    }

    @Test
    void should_embed_the_question_as_searched_when_no_word_is_left_out() {
        Question q = question("when is the next strike by the porters");

        assertThat(q.searched()).isEqualTo(q.plain());
        assertThat(q.query().meaning()).isEqualTo(q.plain());
    }
}
