package dev.picket.retrieval.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.picket.retrieval.OnSampleIndex;
import dev.picket.retrieval.SearchHit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Exact expected top hits on the bundled sample corpus; a change to analysis or scoring shows up here. */
class GoldenRetrievalTest extends OnSampleIndex {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            How many troops were to be deployed during the ambulance strikes? | 001_33371de56cf75ba2#2
            What pay rise did doctors in Wales and Scotland settle for?        | 003_9c64a7fd3e2ddd29#4
            Which union leader said the health secretary was holding the country to ransom? | 001_33371de56cf75ba2#3
            Admiral Sir Tony Radakin armed forces cover strikes                 | 001_33371de56cf75ba2#4
            RCN ballot 300,000 members further strikes                          | 002_d59a43f00b1277ce#0
            pay restoration 2008 levels 35% uplift                              | 003_9c64a7fd3e2ddd29#2
            co-chairs Nieuwoudt Ryan letter                                     | 004_b8399ad4387e3a20#2
            """)
    void should_rank_the_answering_passage_first_when_asked(String question, String expectedTop) {
        List<SearchHit> hits = sample.retriever.retrieve(question, 5);

        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).passageId()).isEqualTo(expectedTop);
        assertThat(hits).extracting(SearchHit::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            What is the best recipe for banana bread? | 0
            quantum chromodynamics lattice             | 0
            """)
    void should_return_nothing_when_no_word_of_the_question_is_in_the_corpus(String question, int expected) {
        assertThat(sample.retriever.retrieve(question, 5)).hasSize(expected);
    }

    @org.junit.jupiter.api.Test
    void should_carry_citation_metadata_when_returning_a_hit() {
        SearchHit hit = sample.retriever.retrieve("troops deployed ambulance strikes", 1).get(0);

        assertThat(hit.articleId()).isEqualTo("001_33371de56cf75ba2");
        assertThat(hit.ordinal()).isEqualTo(2);
        assertThat(hit.source()).isNotBlank();
        assertThat(hit.title()).isNotBlank();
        assertThat(hit.published()).isNotNull();
        assertThat(hit.text()).contains("1,200 troops");
    }
}
