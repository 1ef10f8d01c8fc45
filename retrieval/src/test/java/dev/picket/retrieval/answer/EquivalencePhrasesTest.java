package dev.picket.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class EquivalencePhrasesTest {

    private static final List<Set<String>> WALKOUT = List.of(Set.of("walkout"), Set.of("walk", "out"));
    private static final List<Set<String>> PORTERS = List.of(Set.of("porter"), Set.of("hospit", "porter"));
    private static final EquivalencePhrases TABLE = EquivalencePhrases.of(List.of(WALKOUT, PORTERS));

    @Test
    void should_find_each_phrase_whose_terms_the_question_holds_when_indexed_by_one_term() {
        List<Equivalences.Candidate> found = TABLE.within(new LinkedHashSet<>(List.of("porter", "out", "walk",
                "hospit")));

        assertThat(found).extracting(Equivalences.Candidate::phrase)
                .containsExactly(Set.of("walk", "out"), Set.of("porter"), Set.of("hospit", "porter"));
    }

    @Test
    void should_leave_out_a_phrase_when_the_question_holds_only_part_of_it() {
        assertThat(TABLE.within(Set.of("walk", "porter"))).extracting(Equivalences.Candidate::phrase)
                .containsExactly(Set.of("porter"));
    }

    @Test
    void should_keep_the_table_order_when_the_question_names_later_groups_first() {
        List<Equivalences.Candidate> found = TABLE.within(new LinkedHashSet<>(List.of("porter", "walkout")));

        assertThat(found).extracting(Equivalences.Candidate::group).containsExactly(WALKOUT, PORTERS);
    }

    @Test
    void should_find_nothing_when_no_term_is_in_the_table() {
        assertThat(TABLE.within(Set.of("banana", "bread"))).isEmpty();
    }
}
