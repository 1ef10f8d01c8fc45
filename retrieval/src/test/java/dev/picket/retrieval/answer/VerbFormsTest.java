package dev.picket.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import dev.picket.retrieval.index.IndexStats;
import dev.picket.retrieval.index.QueryTerms;
import org.junit.jupiter.api.Test;

class VerbFormsTest {

    /** An index whose passages say "sat" and "paid", never "sit" or "pay". */
    private static final IndexStats STATS = FixedStats.of(4, 20, Map.of("sat", 2, "paid", 2, "porter", 5, "down", 5));

    @Test
    void should_give_every_form_of_an_irregular_verb_when_asked_for_any_of_them() {
        assertThat(VerbForms.others("sit")).contains("sat");
        assertThat(VerbForms.others("sat")).contains("sit");
        assertThat(VerbForms.others(QueryTerms.of("struck").getFirst())).contains(QueryTerms.of("strike").getFirst());
        assertThat(VerbForms.others("porter")).isEmpty();
    }

    @Test
    void should_leave_out_light_verbs_when_their_forms_are_in_every_other_sentence() {
        assertThat(VerbForms.others("go")).isEmpty();
        assertThat(VerbForms.others("said")).isEmpty();
    }

    @Test
    void should_cover_a_question_when_the_passage_uses_another_form_of_its_verb() {
        QuestionTerms question = QuestionTerms.weigh("did the porters sit down", STATS);

        assertThat(question.coverage(QueryTerms.setOf("The porters sat down with the trust."))).isEqualTo(1.0);
        assertThat(question.missingUnseen(QueryTerms.setOf("The porters walked out."))).isEmpty();
    }
}
