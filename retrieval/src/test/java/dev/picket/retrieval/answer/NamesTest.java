package dev.picket.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.picket.retrieval.OnSampleVectors;
import org.junit.jupiter.api.Test;

/** Which capitalised words name people, read from the served articles instead of a list of their words. */
class NamesTest extends OnSampleVectors {

    @Test
    void should_not_take_a_word_for_a_name_when_the_articles_write_it_in_lower_case_or_abbreviate_it() {
        Names names = Names.of(sample.index);
        assertThat(names.mayName("Secretary")).isFalse();
        assertThat(names.mayName("Royal")).isFalse();
        assertThat(names.mayName("Association")).isFalse();
        assertThat(names.mayName("Thursday")).isFalse();
        assertThat(names.mayName("Barclay")).isTrue();
        assertThat(names.mayName("Radakin")).isTrue();
    }

    @Test
    void should_find_a_person_when_a_title_stands_before_the_name() {
        Names names = Names.of(sample.index);
        assertThat(AnswerType.PERSON.isAnsweredBy("On Friday Health Secretary Steve Barclay spoke.", names))
                .isTrue();
        assertThat(AnswerType.PERSON.isAnsweredBy("A spokesperson for the British Medical Association spoke.",
                names)).isFalse();
        assertThat(AnswerType.PERSON.isAnsweredBy("Talks were held in late November Tuesday morning.", names))
                .isFalse();
    }

    @Test
    void should_know_only_the_calendar_when_no_articles_are_read() {
        assertThat(Names.none().mayName("October")).isFalse();
        assertThat(Names.none().mayName("Association")).isTrue();
    }
}
