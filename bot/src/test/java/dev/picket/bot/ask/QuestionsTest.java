package dev.picket.bot.ask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuestionsTest {

    @Test
    void should_strip_and_replace_control_characters_when_the_question_is_accepted() {
        assertThat(Questions.check("  when\u0007did\tporters strike?\n"))
                .isEqualTo(new QuestionCheck.Accepted("when did\tporters strike?"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\u0000\u0001", "\n\t"})
    void should_refuse_the_question_as_empty_when_nothing_is_left_after_cleaning(String question) {
        assertThat(Questions.check(question)).isEqualTo(new QuestionCheck.Empty());
        assertThatThrownBy(() -> Questions.check(question).orElseThrow(IllegalArgumentException::new))
                .hasMessage("the question is missing or empty");
    }

    @Test
    void should_refuse_the_question_with_its_length_when_it_is_over_the_limit() {
        assertThat(Questions.check("x".repeat(1_001))).isEqualTo(new QuestionCheck.TooLong(1_001, 1_000));
        assertThat(Questions.check("x".repeat(41), 40)).isEqualTo(new QuestionCheck.TooLong(41, 40));
        assertThat(Questions.check("x".repeat(1_001), 5_000)).isEqualTo(new QuestionCheck.TooLong(1_001, 1_000));
        assertThatThrownBy(() -> Questions.check("x".repeat(41), 40).orElseThrow(IllegalArgumentException::new))
                .hasMessage("the question is 41 characters long; the limit is 40");
    }

    @Test
    void should_accept_the_question_when_it_is_exactly_at_the_limit() {
        assertThat(Questions.check("x".repeat(40), 40)).isInstanceOf(QuestionCheck.Accepted.class);
    }

    @Test
    void should_refuse_by_length_before_cleaning_when_the_question_is_padded_with_control_characters() {
        String padded = "pay" + "\u0001".repeat(Questions.MAX_LENGTH);

        assertThat(Questions.check(padded)).isEqualTo(new QuestionCheck.TooLong(padded.length(), Questions.MAX_LENGTH));
    }
}
