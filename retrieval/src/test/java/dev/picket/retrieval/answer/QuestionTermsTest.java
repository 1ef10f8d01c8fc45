package dev.picket.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.picket.retrieval.index.QueryTerms;
import org.junit.jupiter.api.Test;

class QuestionTermsTest {

    private static final FixedStats STATS = FixedStats.of(10, 100, Map.of("nurs", 40, "pai", 30, "strike", 60));

    @Test
    void should_cover_as_the_union_covers_when_given_two_sets_of_terms() {
        QuestionTerms terms = QuestionTerms.weigh("nurses pay strike", STATS);
        Set<String> sentence = QueryTerms.setOf("the nurses walked out");
        for (Set<String> before : List.of(QueryTerms.setOf("over pay"), QueryTerms.setOf("a strike on pay"),
                Set.<String>of(), QueryTerms.setOf("nothing here"))) {
            Set<String> union = new HashSet<>(sentence);
            union.addAll(before);
            assertThat(terms.coverage(sentence, before)).as(before.toString()).isEqualTo(terms.coverage(union));
        }
        assertThat(terms.coverage(sentence, QueryTerms.setOf("a strike on pay"))).isCloseTo(1.0, within(1e-9));
    }
}
