package dev.picket.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.picket.retrieval.OnSampleVectors;
import dev.picket.retrieval.RetrievalMode;
import org.junit.jupiter.api.Test;

/** "govt", "dept": a word shortened from its middle stands for the full word a passage uses. */
class ContractionTest extends OnSampleVectors {

    @Test
    void should_expand_a_contraction_when_the_word_keeps_its_first_and_last_letters() {
        assertThat(Contraction.contracts("dept", "department")).isTrue();
        assertThat(Contraction.contracts("mgmt", "management")).isTrue();
        assertThat(Contraction.contracts("govt", "government")).isTrue();
    }

    @Test
    void should_not_expand_when_the_letters_differ_or_nothing_is_dropped() {
        assertThat(Contraction.contracts("dept", "depend")).isFalse();
        assertThat(Contraction.contracts("govt", "govts")).isFalse();
        assertThat(Contraction.contracts("dept", "depot")).isFalse();
        assertThat(Contraction.isStub("government")).isFalse();
        assertThat(Contraction.foundIn(List.of("dept", "yr"), "The Department of Health said so."))
                .containsExactly("dept");
    }

    @Test
    void should_read_the_words_of_a_text_as_lower_case_runs_of_letters_when_it_has_any_characters() {
        assertThat(Contraction.foundIn(List.of("govt", "dept"), "The GOVERNMENT\u2019s 'department'"))
                .containsExactly("govt", "dept");
        assertThat(Contraction.foundIn(List.of("govt"), "Go-vernment, govern9ment, governments")).isEmpty();
        // a dotted capital I lower-cases to two characters in a whole string, so such a text is split as one
        assertThat(Contraction.foundIn(List.of("govt"), "\u0130 government")).containsExactly("govt");
        assertThat(Contraction.foundIn(List.of("govt"), "gov\u0130ernment")).isEmpty();
    }

    @Test
    void should_answer_when_a_question_contracts_a_word_the_articles_spell_out() {
        assertThat(sample.answerer(RetrievalMode.HYBRID).answer("did the govt end pay talks with the nursing union")
                .answered()).isTrue();
        assertThat(sample.answerer(RetrievalMode.BM25).answer("what did the health dept limit").answered()).isTrue();
    }
}
