package dev.picket.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a question sets aside ("besides pay", "instead of money") is not what it is searched with. */
class BesidesTest {

    @Test
    void should_leave_out_the_thing_set_aside_when_a_question_names_one() {
        assertThat(Besides.without("what else do porters want besides pay")).isEqualTo("what else do porters want");
        assertThat(Besides.without("apart from money what did cleaners complain about"))
                .isEqualTo("what did cleaners complain about");
        assertThat(Besides.without("what is the council offering wardens instead of a rise"))
                .isEqualTo("what is the council offering wardens");
        assertThat(Besides.without("any issues other than their hours, for the drivers"))
                .isEqualTo("any issues , for the drivers");
        assertThat(Besides.without("aside from wages what are guards annoyed about"))
                .isEqualTo("what are guards annoyed about");
    }

    @Test
    void should_keep_the_question_when_it_sets_nothing_aside() {
        assertThat(Besides.without("what do porters want")).isEqualTo("what do porters want");
        assertThat(Besides.without("what else besides that did they say")).isEqualTo("what else besides that did they say");
        assertThat(Besides.without("besides pay")).isEqualTo("besides pay");
    }

    @Test
    void should_not_search_a_list_without_its_set_aside_item_when_the_list_names_every_item() {
        Question q = Question.of("which unions besides unison are striking", new FixedStats(2, 10, java.util.Map.of(), 1), Equivalences.none());
        assertThat(q.searched()).contains("unison");
        Question which = Question.of("which trusts besides leeds had walkouts", new FixedStats(2, 10, java.util.Map.of(), 1), Equivalences.none());
        assertThat(which.searched()).contains("leeds");
        Question fact = Question.of("what did the porters ask for besides pay", new FixedStats(2, 10, java.util.Map.of(), 1), Equivalences.none());
        assertThat(fact.searched()).doesNotContain("pay");
    }
}
