package dev.picket.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.picket.corpus.Abbreviations;
import dev.picket.retrieval.Answer;
import dev.picket.retrieval.SearchHit;
import dev.picket.retrieval.index.IndexStats;
import org.junit.jupiter.api.Test;

/** A sentence answers when it holds what was asked for: a stated demand, a settling word, an abbreviated name. */
class AskedForTest {

    private static final IndexStats STATS = FixedStats.of(2, 10,
            Map.of("porter", 3, "walkout", 2, "plan", 2, "ghp", 1));

    @Test
    void should_count_a_demand_when_it_is_stated_as_a_verb_with_its_object() {
        assertThat(QuestionKind.DEMAND.isAnsweredBy("The porters' union is demanding a 10% rise.")).isTrue();
        assertThat(QuestionKind.DEMAND.isAnsweredBy("Cleaners demand that overtime be paid.")).isTrue();
        assertThat(QuestionKind.DEMAND.isAnsweredBy("They met to discuss a deal on pay demands.")).isFalse();
    }

    @Test
    void should_match_an_abbreviation_when_the_question_word_belongs_to_an_equivalence_group() {
        Equivalences equivalences = Equivalences.parse("porters | portering staff\n")
                .with(() -> Abbreviations.from(List.of("The Guild of Hospital Porters (GHP) met on Friday.")));

        QuestionTerms terms = QuestionTerms.weigh("porters", STATS, equivalences);

        assertThat(terms.coverage(Set.of("ghp"))).isEqualTo(1.0);
        assertThat(terms.coverage(Set.of("nurs"))).isZero();
    }

    @Test
    void should_quote_an_older_report_when_the_newest_does_not_settle_a_question_about_now() {
        SearchHit older = hit("a#0", LocalDate.of(2024, 5, 1),
                "The porters said there are no plans for more walkouts this year.");
        SearchHit newest = hit("b#0", LocalDate.of(2025, 5, 1),
                "Porters held a rally about walkouts outside the hospital on Friday.");
        ExtractiveAnswerer answerer = ExtractiveAnswerer.builder()
                .retriever((q, k) -> List.of(newest, older)).stats(STATS).build();

        Answer answer = answerer.answer("are porters planning more walkouts");

        assertThat(answer.answered()).isTrue();
        assertThat(answer.answer()).contains("no plans");
    }

    private static SearchHit hit(String id, LocalDate published, String text) {
        String article = id.substring(0, id.indexOf('#'));
        return new SearchHit(id, article, 0, "Headline " + article, "The Outlet", published, null, text, 1.0);
    }
}
