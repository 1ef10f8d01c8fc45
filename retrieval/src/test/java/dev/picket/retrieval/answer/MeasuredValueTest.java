package dev.picket.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "how much was X worth" asks for X's value, a sum or a share, and names no verb the answer must use. */
class MeasuredValueTest {

    @Test
    void should_measure_the_subject_when_a_question_asks_what_it_is_worth() {
        var m = AnswerType.measured("how much was the holiday bonus worth").orElseThrow();
        assertThat(m.words()).isEqualTo("holiday bonus");
        assertThat(m.verb()).isFalse();
        assertThat(AnswerType.measured("how much is a season ticket valued").orElseThrow().words())
                .isEqualTo("season ticket");
    }

    @Test
    void should_take_a_share_as_an_answer_when_a_question_asks_what_something_is_worth() {
        assertThat(AnswerType.of("how much was the holiday bonus worth")).isNotEqualTo(AnswerType.MONEY);
        assertThat(AnswerType.of("how much was the holiday bonus worth").isAnsweredBy("a bonus worth 3 per cent"))
                .isTrue();
    }

    @Test
    void should_still_ask_for_money_and_its_verb_when_a_question_asks_what_someone_earns() {
        assertThat(AnswerType.of("how much does a porter earn")).isEqualTo(AnswerType.MONEY);
        assertThat(AnswerType.measured("how much does a porter earn").orElseThrow().verb()).isTrue();
        assertThat(AnswerType.of("how much did the walkouts cost")).isEqualTo(AnswerType.MONEY);
    }
}
