package dev.picket.retrieval.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class QueryTermsTest {

    @Test
    void should_space_exactly_the_characters_the_word_joiner_class_matches_when_any_character_is_given() {
        Pattern joiners = Pattern.compile("[:\\u00B7\\u2027\\uFE13\\uFE55\\uFF1A\\p{Cntrl}]");
        StringBuilder every = new StringBuilder();
        for (char c = 1; c < Character.MAX_VALUE; c++) {
            every.append(c).append('a');
        }
        String text = every.toString();

        assertThat(QueryTerms.withoutJoiners(text)).isEqualTo(joiners.matcher(text).replaceAll(" "));
        assertThat(QueryTerms.of("text:nurses")).containsExactly("text", "nurs");
    }
}
