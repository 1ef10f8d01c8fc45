package dev.picket.retrieval.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import dev.picket.retrieval.SearchHit;
import dev.picket.retrieval.index.IndexStats;
import org.junit.jupiter.api.Test;

/** One analysis of what is searched for, read by every retriever and refiner it passes. */
class SearchQueryTest {

    /** An index that corrects "nurces" to "nurs" and counts how often it is asked. */
    private static final class Spelling implements IndexStats {
        final AtomicInteger asked = new AtomicInteger();

        @Override
        public int articleCount() {
            return 1;
        }

        @Override
        public int passageCount() {
            return 1;
        }

        @Override
        public int docFreq(String analysedTerm) {
            return 1;
        }

        @Override
        public String vocabularyTerm(String analysedTerm) {
            asked.incrementAndGet();
            return analysedTerm.equals("nurc") ? "nurs" : analysedTerm;
        }
    }

    @Test
    void should_correct_the_terms_once_when_read_against_the_index_it_was_built_for() {
        Spelling index = new Spelling();
        SearchQuery query = SearchQuery.of("nurces strike in 2023", index);
        int built = index.asked.get();

        assertThat(query.spelledBy(index)).containsExactly("nurs", "strike", "2023");
        assertThat(index.asked.get()).isEqualTo(built).isEqualTo(3);
        assertThat(query.when().periods()).hasSize(1);
    }

    @Test
    void should_correct_the_terms_anew_when_read_against_another_index() {
        SearchQuery query = SearchQuery.of("nurces strike", new Spelling());
        Spelling other = new Spelling();

        assertThat(query.spelledBy(other)).containsExactly("nurs", "strike");
        assertThat(other.asked.get()).isEqualTo(2);
        assertThat(SearchQuery.of("nurces strike").spelledBy(other)).containsExactly("nurs", "strike");
    }

    @Test
    void should_hand_the_same_query_to_the_base_and_every_refiner_when_refining() {
        List<SearchQuery> seen = new ArrayList<>();
        QueryRetriever base = (query, k) -> {
            seen.add(query);
            return List.of();
        };
        HitRefiner refiner = (query, hits) -> {
            seen.add(query);
            return hits;
        };
        SearchQuery asked = SearchQuery.of("latest offer");

        List<SearchHit> hits = new RefinedRetriever(base, List.of(refiner, refiner)).retrieve(asked, 5);

        assertThat(hits).isEmpty();
        assertThat(seen).hasSize(3).allSatisfy(q -> assertThat(q).isSameAs(asked));
    }

    @Test
    void should_analyse_plain_text_on_the_way_in_when_given_text() {
        List<SearchQuery> seen = new ArrayList<>();
        QueryRetriever retriever = (query, k) -> {
            seen.add(query);
            return List.of();
        };

        retriever.retrieve("What is the latest offer?", 5);

        assertThat(seen).singleElement().satisfies(q -> {
            assertThat(q.terms()).containsExactly("latest", "offer");
            assertThat(q.when().recent()).isTrue();
        });
    }

    @Test
    void should_keep_the_words_and_embed_the_meaning_when_a_meaning_is_set() {
        SearchQuery words = SearchQuery.of("nurses striking");
        SearchQuery whole = words.withMeaning("why are nurses striking");

        assertThat(words.meaning()).isEqualTo("nurses striking");
        assertThat(whole.meaning()).isEqualTo("why are nurses striking");
        assertThat(whole.text()).isEqualTo(words.text());
        assertThat(whole.terms()).isEqualTo(words.terms());
        assertThat(words.withMeaning("nurses striking")).isSameAs(words);
    }
}
