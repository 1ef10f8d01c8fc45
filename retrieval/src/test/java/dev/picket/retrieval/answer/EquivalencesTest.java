package dev.picket.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import dev.picket.retrieval.index.IndexStats;
import dev.picket.retrieval.index.QueryTerms;
import org.junit.jupiter.api.Test;

class EquivalencesTest {

    /** A small index: "strike" in most passages, "troops" and "royal college of nursing" in a few. */
    private static final IndexStats STATS = FixedStats.of(10, 50,
            Map.of("strike", 40, "troop", 3, "royal", 5, "colleg", 5, "nurs", 30, "deploi", 4));

    private static final Equivalences GROUPS = Equivalences.parse("""
            # a comment
            rcn | royal college of nursing
            troops | soldiers | armed forces
            strike | walkout
            """);

    @Test
    void should_cover_a_question_word_when_the_passage_uses_its_equivalent() {
        QuestionTerms terms = QuestionTerms.weigh("How many soldiers were deployed?", STATS, GROUPS);

        assertThat(terms.coverage(QueryTerms.setOf("1,200 troops were deployed"))).isEqualTo(1.0);
        assertThat(terms.coverage(QueryTerms.setOf("1,200 troops"))).isGreaterThan(0).isLessThan(1);
    }

    @Test
    void should_match_an_abbreviation_when_the_passage_spells_the_name_out() {
        QuestionTerms terms = QuestionTerms.weigh("RCN walkout", STATS, GROUPS);

        assertThat(terms.coverage(QueryTerms.setOf("a strike by the Royal College of Nursing"))).isEqualTo(1.0);
        assertThat(terms.coverage(QueryTerms.setOf("a strike by the Royal College"))).isLessThan(1.0);
    }

    @Test
    void should_weigh_the_common_form_when_the_user_word_is_absent_from_the_index() {
        QuestionTerms withGroups = QuestionTerms.weigh("soldiers strike", STATS, GROUPS);
        QuestionTerms without = QuestionTerms.weigh("soldiers strike", STATS);

        // Without equivalents "soldiers" is an unknown word and outweighs everything else.
        assertThat(withGroups.coverage(QueryTerms.setOf("strike")))
                .isGreaterThan(1.5 * without.coverage(QueryTerms.setOf("strike")));
        assertThat(withGroups.coverage(QueryTerms.setOf("strike troops"))).isEqualTo(1.0);
    }

    @Test
    void should_leave_a_question_alone_when_no_group_matches() {
        QuestionTerms terms = QuestionTerms.weigh("banana bread", STATS, GROUPS);

        assertThat(terms.coverage(QueryTerms.setOf("troops strike royal college of nursing"))).isZero();
    }

    @Test
    void should_read_the_bundled_groups_when_loaded_from_the_classpath() {
        QuestionTerms terms = QuestionTerms.weigh("trainee doctors walkout", STATS, Equivalences.bundled());

        assertThat(terms.coverage(QueryTerms.setOf("a strike by junior doctors"))).isEqualTo(1.0);
    }
}
