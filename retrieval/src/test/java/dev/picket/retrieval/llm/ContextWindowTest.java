package dev.picket.retrieval.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.picket.retrieval.SearchHit;
import org.junit.jupiter.api.Test;

class ContextWindowTest {

    private static SearchHit hit(String article, int ordinal, String text) {
        return new SearchHit(article + "#" + ordinal, article, ordinal, "Headline " + article, "Outlet", null, null,
                text, 1.0 / (ordinal + 1));
    }

    @Test
    void should_leave_room_for_other_articles_when_one_article_ranks_first_many_times() {
        List<SearchHit> ranked = List.of(hit("a", 0, "a0"), hit("a", 2, "a2"), hit("a", 4, "a4"), hit("a", 6, "a6"),
                hit("b", 1, "b1"), hit("c", 3, "c3"));
        List<SearchHit> kept = ContextWindow.capped(ranked, 4, 2);
        assertThat(kept).extracting(SearchHit::passageId).containsExactly("a#0", "a#2", "b#1", "c#3");
    }

    @Test
    void should_fill_the_places_from_one_article_when_no_other_article_has_candidates() {
        List<SearchHit> ranked = List.of(hit("a", 0, "a0"), hit("a", 2, "a2"), hit("a", 4, "a4"));
        assertThat(ContextWindow.capped(ranked, 3, 1)).extracting(SearchHit::passageId)
                .containsExactly("a#0", "a#2", "a#4");
    }

    @Test
    void should_merge_passages_that_follow_each_other_when_they_are_of_one_article() {
        List<SearchHit> ranked = List.of(hit("a", 5, "five"), hit("b", 1, "b one"), hit("a", 3, "three"),
                hit("a", 4, "four"));
        List<SearchHit> merged = ContextWindow.merged(ranked);
        assertThat(merged).extracting(SearchHit::passageId).containsExactly("a#3", "b#1");
        assertThat(merged.getFirst().text()).isEqualTo("three\n\nfour\n\nfive");
    }

    @Test
    void should_stop_adding_sources_when_the_next_would_pass_the_token_budget() {
        String longText = "x".repeat(1000);
        ContextWindow window = new ContextWindow((q, k) -> List.of(), 5, 10, ContextWindow.tokens(longText) + 50);
        List<SearchHit> kept = window.withinBudget(List.of(hit("a", 0, longText), hit("b", 0, longText),
                hit("c", 0, "short")));
        assertThat(kept).extracting(SearchHit::passageId).containsExactly("a#0");
    }

    @Test
    void should_give_more_passages_when_the_question_asks_for_a_list() {
        List<SearchHit> pool = List.of(hit("a", 0, "a"), hit("b", 2, "b"), hit("c", 4, "c"), hit("d", 6, "d"),
                hit("e", 8, "e"), hit("f", 10, "f"));
        ContextWindow window = new ContextWindow((q, k) -> pool.subList(0, Math.min(k, pool.size())), 2, 6, 10_000);
        assertThat(window.select("Which unions took part in the strikes over pay and staffing?")).hasSize(6);
        assertThat(window.select("How many troops were to be deployed during the ambulance strikes?")).hasSize(2);
    }
}
