package dev.picket.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import dev.picket.retrieval.index.QueryTerms;
import org.junit.jupiter.api.Test;

/** A noun for the kind of answer wanted ("name", "dates", "size") is no part of what the answer is about. */
class AnswerNounsTest {

    private static final FixedStats UNUSED = FixedStats.of(2, 10, Map.of("porter", 3, "strike", 4, "ballot", 2,
            "chief", 2, "execut", 2));
    private static final FixedStats USED = FixedStats.of(2, 10, Map.of("porter", 3, "strike", 4, "date", 2,
            "name", 2));

    @Test
    void should_not_weigh_a_noun_for_the_answer_when_no_article_uses_it() {
        assertThat(QuestionTerms.weigh("porters strike dates", UNUSED).coverage(QueryTerms.setOf("porters strike")))
                .isEqualTo(1.0);
        assertThat(QuestionTerms.weigh("chief executive name", UNUSED).coverage(QueryTerms.setOf("chief executive")))
                .isEqualTo(1.0);
        assertThat(QuestionTerms.weigh("size of the porters ballot", UNUSED)
                .coverage(QueryTerms.setOf("porters ballot"))).isEqualTo(1.0);
        assertThat(QuestionTerms.weigh("total of the porters ballot", UNUSED)
                .coverage(QueryTerms.setOf("porters ballot"))).isEqualTo(1.0);
    }

    @Test
    void should_weigh_a_noun_for_the_answer_when_the_articles_use_it() {
        assertThat(QuestionTerms.weigh("porters strike dates", USED).coverage(QueryTerms.setOf("porters strike")))
                .isLessThan(1.0);
        assertThat(QuestionTerms.weigh("porters name", USED).coverage(QueryTerms.setOf("porters"))).isLessThan(1.0);
    }

    @Test
    void should_still_weigh_other_unseen_words_when_a_noun_for_the_answer_is_dropped() {
        assertThat(QuestionTerms.weigh("porters strike pay dates", UNUSED)
                .coverage(QueryTerms.setOf("porters strike"))).isLessThan(0.5);
    }
}
