package dev.picket.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class InitialismTest {

    @Test
    void should_read_a_lower_case_word_as_initials_when_english_could_not_spell_it() {
        assertThat(Initialism.is("tfl")).isTrue();
        assertThat(Initialism.is("gmb")).isTrue();
        assertThat(Initialism.is("cwu")).isTrue();
        assertThat(Initialism.is("fbu")).isTrue();
        assertThat(Initialism.is("dvla")).isTrue();
        assertThat(Initialism.is("UCU")).isTrue();
    }

    @Test
    void should_not_read_an_english_word_as_initials_when_it_is_short() {
        assertThat(Initialism.is("bus")).isFalse();
        assertThat(Initialism.is("fire")).isFalse();
        assertThat(Initialism.is("staff")).isFalse();
        assertThat(Initialism.is("crew")).isFalse();
        assertThat(Initialism.is("school")).isFalse();
        assertThat(Initialism.is("pay")).isFalse();
        assertThat(Initialism.is("stop")).isFalse();
        assertThat(Initialism.is("a")).isFalse();
    }

    @Test
    void should_drop_leading_initials_when_a_noun_follows_them() {
        assertThat(Initialism.withoutLeading(List.of("cwu", "members"))).containsExactly("members");
        assertThat(Initialism.withoutLeading(List.of("tfl", "gmb", "drivers"))).containsExactly("drivers");
        assertThat(Initialism.withoutLeading(List.of("fbu"))).containsExactly("fbu");
        assertThat(Initialism.withoutLeading(List.of("fire", "crews"))).containsExactly("fire", "crews");
    }

    @Test
    void should_count_the_noun_after_an_initialism_when_a_question_counts_members() {
        assertThat(AnswerType.measured("how many cwu members backed the walkout"))
                .hasValueSatisfying(m -> assertThat(m.counted()).isEqualTo("members"));
        assertThat(AnswerType.measured("how many gmb drivers went out"))
                .hasValueSatisfying(m -> assertThat(m.counted()).isEqualTo("drivers"));
        assertThat(AnswerType.measured("how many tfl drivers are striking"))
                .hasValueSatisfying(m -> {
                    assertThat(m.counted()).isEqualTo("drivers");
                    assertThat(m.compound()).isFalse();
                });
        assertThat(AnswerType.measured("how many fire crews were sent"))
                .hasValueSatisfying(m -> assertThat(m.compound()).isTrue());
    }
}
