package dev.picket.retrieval.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.picket.retrieval.PassageRetriever;
import dev.picket.retrieval.SearchHit;
import org.junit.jupiter.api.Test;

/** The stages every retrieval mode shares: the time prior, duplicate removal and rank fusion. */
class RefinersTest {

    private static SearchHit hit(String article, int ordinal, LocalDate published, String text) {
        return new SearchHit(article + "#" + ordinal, article, ordinal, "t", "s", published, null, text, 1);
    }

    private static final String WIRE = "Nurses in England will strike on December 15 and December 20 after talks "
            + "with the health secretary broke down, the Royal College of Nursing said on Sunday.";

    @Test
    void should_keep_the_earliest_copy_at_the_best_rank_when_two_outlets_run_the_same_wire_story() {
        List<SearchHit> hits = List.of(
                hit("late", 0, LocalDate.of(2022, 12, 12), "PA - " + WIRE + " More follows."),
                hit("other", 0, LocalDate.of(2022, 12, 1), "Ambulance workers also plan walkouts."),
                hit("early", 3, LocalDate.of(2022, 12, 11), WIRE));

        List<SearchHit> refined = new NearDuplicateFilter().refine(SearchQuery.of("q"), hits);

        assertThat(refined).extracting(SearchHit::articleId).containsExactly("early", "other");
    }

    @Test
    void should_keep_passages_of_one_article_when_they_overlap() {
        List<SearchHit> hits = List.of(hit("a", 0, null, WIRE), hit("a", 1, null, WIRE));

        assertThat(new NearDuplicateFilter().refine(SearchQuery.of("q"), hits)).hasSize(2);
    }

    @Test
    void should_favour_recent_articles_when_the_question_asks_about_now() {
        List<SearchHit> hits = List.of(hit("old", 0, LocalDate.of(2022, 12, 11), "x"),
                hit("new", 0, LocalDate.of(2025, 7, 30), "y"));

        assertThat(new TimePrior().refine(SearchQuery.of("Who is the current health secretary?"), hits))
                .extracting(SearchHit::articleId).containsExactly("new", "old");
        assertThat(new TimePrior().refine(SearchQuery.of("Who was the health secretary?"), hits))
                .extracting(SearchHit::articleId).containsExactly("old", "new");
    }

    @Test
    void should_favour_the_named_period_when_the_question_names_a_month_and_year() {
        List<SearchHit> hits = List.of(hit("may23", 0, LocalDate.of(2023, 5, 28), "x"),
                hit("jul25", 0, LocalDate.of(2025, 7, 30), "y"),
                hit("dec22", 0, LocalDate.of(2022, 12, 19), "z"));

        SearchQuery december = SearchQuery.of("What happened in December 2022?");
        assertThat(new TimePrior().refine(december, hits).getFirst().articleId()).isEqualTo("dec22");
    }

    @Test
    void should_keep_the_retrievers_order_when_a_period_boost_draws_level() {
        List<SearchHit> hits = new ArrayList<>();
        hits.add(hit("top", 0, LocalDate.of(2023, 5, 28), "x"));
        for (int rank = 1; rank < 5; rank++) {
            hits.add(hit("filler" + rank, 0, LocalDate.of(2024, 1, rank), "y"));
        }
        hits.add(hit("dec22", 0, LocalDate.of(2022, 12, 19), "z"));

        // Rank 5 boosted scores 1.5 / 15, exactly the 1 / 10 of the unboosted rank 0.
        SearchQuery december = SearchQuery.of("What happened in December 2022?");
        List<SearchHit> level = new TimePrior().refine(december, hits);
        List<SearchHit> ahead = new TimePrior().refine(december, hits.subList(1, 6));

        assertThat(level.get(0).score()).isEqualTo(level.get(1).score());
        assertThat(level).extracting(SearchHit::articleId).startsWith("top", "dec22");
        assertThat(ahead.getFirst().articleId()).as("four places down, the boost wins").isEqualTo("dec22");
    }

    @Test
    void should_read_time_words_when_parsing_a_question() {
        TimeIntent dec = TimeIntent.of("Strike dates in Dec 2022 and in 2025?");
        assertThat(dec.recent()).isFalse();
        assertThat(dec.inPeriod(LocalDate.of(2022, 12, 31))).isTrue();
        assertThat(dec.inPeriod(LocalDate.of(2022, 11, 30))).isFalse();
        assertThat(dec.inPeriod(LocalDate.of(2025, 3, 1))).isTrue();
        assertThat(TimeIntent.of("What is the latest offer?").recent()).isTrue();
        assertThat(TimeIntent.of("How much did nurses ask for?").isEmpty()).isTrue();
    }

    @Test
    void should_rank_a_passage_both_lists_found_first_when_fusing_by_reciprocal_rank() {
        SearchHit a = hit("a", 0, null, "a");
        SearchHit b = hit("b", 0, null, "b");
        SearchHit c = hit("c", 0, null, "c");
        PassageRetriever words = (q, k) -> List.of(a.withScore(30), b.withScore(20));
        PassageRetriever meaning = (q, k) -> List.of(c.withScore(0.9), b.withScore(0.8));

        List<SearchHit> fused = HybridRetriever.builder().add(words).add(meaning).build().retrieve("q", 3);

        // a and c are each first in one list, so they tie; which of them comes second is not part of the promise.
        assertThat(fused).extracting(SearchHit::articleId).hasSize(3).first().isEqualTo("b");
        assertThat(fused.subList(1, 3)).extracting(SearchHit::articleId).containsExactlyInAnyOrder("a", "c");
        assertThat(fused.getFirst().score()).isEqualTo(2.0 / (HybridRetriever.DEFAULT_RRF_K + 2));
        assertThat(fused.get(1).score()).isEqualTo(1.0 / (HybridRetriever.DEFAULT_RRF_K + 1))
                .isLessThan(fused.getFirst().score());
    }
}
