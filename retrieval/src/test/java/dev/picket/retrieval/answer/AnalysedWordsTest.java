package dev.picket.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.picket.retrieval.index.QueryTerms;
import org.junit.jupiter.api.Test;

class AnalysedWordsTest {

    @Test
    void should_give_the_analysers_terms_when_a_word_is_asked_for_again() {
        for (String word : new String[] {"porters", "walked", "the", "nhs", "2023", "secretary's"}) {
            assertThat(AnalysedWords.of(word)).isEqualTo(QueryTerms.setOf(word));
            assertThat(AnalysedWords.of(word)).isEqualTo(QueryTerms.setOf(word));
        }
    }

    @Test
    void should_give_no_terms_when_the_word_is_a_stop_word() {
        assertThat(AnalysedWords.of("which")).isEmpty();
    }
}
