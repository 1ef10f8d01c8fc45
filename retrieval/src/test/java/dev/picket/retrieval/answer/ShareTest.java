package dev.picket.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.picket.retrieval.SearchHit;
import dev.picket.retrieval.index.QueryTerms;
import org.junit.jupiter.api.Test;

/** A share of a whole stands beside it; a percentage of something else in the same sentence is no answer. */
class ShareTest {

    private static final SearchHit HIT = new SearchHit("a#0", "a", 0, "", "", null, "", "", 1.0);

    private static List<String> kept(String question, String... sentences) {
        List<SentenceChoice.Scored> candidates = new ArrayList<>();
        for (String s : sentences) {
            candidates.add(new SentenceChoice.Scored(HIT, s, QueryTerms.setOf(s), 1.0));
        }
        Share.keep(AnswerType.of(question), question, candidates);
        return candidates.stream().map(SentenceChoice.Scored::sentence).toList();
    }

    @Test
    void should_keep_a_share_of_the_whole_when_the_question_asks_what_percentage_of_it() {
        assertThat(kept("what percentage of gmb porters voted to strike",
                "Some 64 per cent of the union's porters voted to strike.",
                "Porters, who rejected the deal, were offered a 3% rise.",
                "Porters voted 58% in favour."))
                .containsExactly("Some 64 per cent of the union's porters voted to strike.", "Porters voted 58% in favour.");
    }

    @Test
    void should_drop_a_percentage_of_something_else_when_the_sentence_only_mentions_the_whole() {
        assertThat(kept("what share of porters backed the offer",
                "Porters were offered a bonus worth 2 per cent of salaries and a 4 per cent rise for porters."))
                .isEmpty();
    }

    @Test
    void should_keep_every_sentence_when_the_question_asks_for_no_share() {
        assertThat(kept("how many porters backed the offer", "Porters were offered 2 per cent of salaries."))
                .hasSize(1);
        assertThat(Share.beside("Half of porters backed it.", Set.copyOf(QueryTerms.setOf("porters")))).isTrue();
    }
}
