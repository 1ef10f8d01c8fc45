package dev.picket.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import dev.picket.retrieval.SearchHit;
import dev.picket.retrieval.index.QueryTerms;

import org.junit.jupiter.api.Test;

class ClippingTest {

    @Test
    void should_find_the_full_word_when_a_chat_word_is_its_first_letters() {
        assertThat(Clipping.expandedIn("rec", List.of("the", "recommendation"))).isTrue();
        assertThat(Clipping.expandedIn("admin", List.of("administration"))).isTrue();
        assertThat(Clipping.expandedIn("negs", List.of("negotiations", "resumed"))).isTrue();
        assertThat(Clipping.expandedIn("info", List.of("information"))).isTrue();
    }

    @Test
    void should_not_find_a_clipping_when_the_longer_word_is_only_another_form() {
        assertThat(Clipping.expandedIn("sign", List.of("signed", "signal"))).isFalse();
        assertThat(Clipping.expandedIn("ban", List.of("banned"))).isFalse();
        assertThat(Clipping.expandedIn("rec", List.of("the", "porters"))).isFalse();
    }

    @Test
    void should_not_read_a_clipping_when_the_word_is_too_short_or_too_long_to_be_one() {
        assertThat(Clipping.expandedIn("re", List.of("recommendation"))).isFalse();
        assertThat(Clipping.expandedIn("privat", List.of("privatisation"))).isFalse();
        assertThat(Clipping.expandedIn("10s", List.of("10seconds"))).isFalse();
    }

    @Test
    void should_carry_a_yes_no_when_its_only_unseen_word_is_clipped_from_a_word_of_the_sentence() {
        var stats = new FixedStats(10, 100, Map.of("rec", 0), 5);
        String question = "did the porters discuss the panel rec";
        var hit = new SearchHit("a#0", "a", 0, "Porters", "Gazette", null, null, "", 1.0);
        String sentence = "The porters discussed the panel's recommendation.";
        assertThat(UnseenWords.carriedBy(question, QuestionTerms.weigh(question, stats), new SentenceChoice.Scored(
                hit, sentence, QueryTerms.setOf(sentence), 1.0), null)).isTrue();
        String other = "The porters discussed the panel's reply.";
        assertThat(UnseenWords.carriedBy(question, QuestionTerms.weigh(question, stats), new SentenceChoice.Scored(
                hit, other, QueryTerms.setOf(other), 1.0), null)).isFalse();
    }
}
