package dev.picket.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.picket.retrieval.OnSampleVectors;
import dev.picket.retrieval.RetrievalMode;
import dev.picket.retrieval.index.QueryTerms;
import org.junit.jupiter.api.Test;

/** "How many X in Y": a count of X at large, or of another Y's X, is no count of Y's X. */
class QualifierTest extends OnSampleVectors {

    private static QuestionTerms qualifier(String q) {
        Question question = Question.of(q, sample.index, Equivalences.bundled());
        return Qualifier.of(question.plain(), Names.of(sample.index), Scope.NHS, question.terms()).terms();
    }

    @Test
    void should_read_the_place_when_a_how_many_noun_is_narrowed_by_a_preposition() {
        assertThat(qualifier("how many nurses in scotland were on the picket lines").isEmpty()).isFalse();
        assertThat(qualifier("how many junior doctors from wales joined the walkout").isEmpty()).isFalse();
        assertThat(qualifier("how many nurses in scotland were on the picket lines")
                .coverage(QueryTerms.setOf("scotland"))).isEqualTo(1.0);
    }

    @Test
    void should_narrow_nothing_when_the_preposition_follows_a_verb_or_a_common_word() {
        assertThat(qualifier("how many nurses did the rcn ballot in wales").isEmpty()).isTrue();
        assertThat(qualifier("how many nurses in total went on strike").isEmpty()).isTrue();
    }

    @Test
    void should_read_the_place_when_how_much_asks_about_a_subject_narrowed_after_its_auxiliary() {
        assertThat(qualifier("how much did nurses in wales get").coverage(QueryTerms.setOf("wales"))).isEqualTo(1.0);
        assertThat(qualifier("how much were junior doctors in scotland offered")
                .coverage(QueryTerms.setOf("scotland"))).isEqualTo(1.0);
        assertThat(qualifier("how much do nurses from northern ireland earn").isEmpty()).isFalse();
        assertThat(qualifier("how much pay did nurses get").isEmpty()).isTrue();
        assertThat(qualifier("how much did the strike cost in total").isEmpty()).isTrue();
        assertThat(qualifier("how much has been spent in wales").isEmpty()).isTrue();
    }

    @Test
    void should_decline_when_no_figure_of_how_much_names_the_place_asked_about() {
        for (String q : new String[] {"how much did nurses in scotland get offered",
                "how much were doctors from northern ireland offered"}) {
            assertThat(sample.answerer(RetrievalMode.HYBRID).answer(q).answered()).as(q).isFalse();
        }
    }

    @Test
    void should_narrow_nothing_when_the_place_is_the_scope_itself() {
        assertThat(qualifier("how many nurses in the nhs were balloted").isEmpty()).isTrue();
    }

    @Test
    void should_decline_when_no_figure_of_the_noun_names_the_place_asked_about() {
        for (String q : new String[] {"how many nurses in wales were on the picket lines",
                "how many doctors from scotland struck", "how many junior doctors in scotland got the rise"}) {
            assertThat(sample.answerer(RetrievalMode.HYBRID).answer(q).answered()).as(q).isFalse();
        }
    }

    @Test
    void should_answer_when_the_figure_sentence_names_the_body_asked_about() {
        assertThat(sample.answerer(RetrievalMode.HYBRID).answer("how many members of the rcn were to be balloted")
                .answer()).contains("300,000");
    }

    @Test
    void should_answer_when_the_question_names_several_places_of_the_list_the_figure_sentence_gives() {
        assertThat(sample.answerer(RetrievalMode.HYBRID)
                .answer("how many nurses in wales and northern ireland were to walk out").answer())
                .contains("thousands of nurses");
    }

    @Test
    void should_keep_only_figures_of_the_ordinal_when_a_how_much_question_names_one() {
        java.util.List<SentenceChoice.Scored> candidates = new java.util.ArrayList<>();
        dev.picket.retrieval.SearchHit hit = new dev.picket.retrieval.SearchHit("a#0", "a", 0, "", "", null, "", "",
                1.0);
        for (String s : new String[] {"All the walkouts together cost £40m.", "The third walkout cost £9m."}) {
            candidates.add(new SentenceChoice.Scored(hit, s, QueryTerms.setOf(s), 1.0));
        }
        Qualifier.keepOrdinal("how much did the third porters walkout cost", candidates);

        assertThat(candidates).extracting(SentenceChoice.Scored::sentence).containsExactly("The third walkout cost £9m.");
    }

    @Test
    void should_keep_every_figure_when_the_ordinal_names_a_day_or_stands_alone() {
        dev.picket.retrieval.SearchHit hit = new dev.picket.retrieval.SearchHit("a#0", "a", 0, "", "", null, "", "",
                1.0);
        for (String question : new String[] {"how many porters walked out on the 13th",
            "how many porters walked out on the 13th of may", "how many porters walked out (second)"}) {
            java.util.List<SentenceChoice.Scored> candidates = new java.util.ArrayList<>();
            String s = "About 900 porters walked out.";
            candidates.add(new SentenceChoice.Scored(hit, s, QueryTerms.setOf(s), 1.0));

            Qualifier.keepOrdinal(question, candidates);

            assertThat(candidates).as(question).hasSize(1);
        }
    }
}
