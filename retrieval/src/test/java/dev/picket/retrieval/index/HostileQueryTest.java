package dev.picket.retrieval.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.picket.retrieval.Answer;
import dev.picket.retrieval.OnSampleIndex;
import dev.picket.retrieval.SearchHit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Query syntax in a question is plain text: never an error, never an operator. */
class HostileQueryTest extends OnSampleIndex {

    @ParameterizedTest
    @ValueSource(strings = {"?", "*", ":", "AND", "-", "\"", "(((", ")", "[1 TO 5}", "title:nurses", "nurses~2",
            "strike^10", "\\", "/regex/", "nurses AND \"strike", "NOT nurses", "-nurses +strike", "&&||!", "{}",
            "\u0000\u0001", "🙂 nurses 🙂", "   ", "", "text:* OR *:*"})
    void should_treat_query_syntax_as_plain_text_when_it_is_in_a_question(String question) {
        // The same question with Lucene's syntax characters (ASCII punctuation) and control characters replaced by
        // spaces: syntax that acted as an operator, a field, a boost or a wildcard would make the two differ.
        String words = question.replaceAll("[\\p{Punct}\\p{Cntrl}]+", " ");

        assertThat(ids(sample.retriever.retrieve(question, 5))).as("hits for %s", words)
                .isEqualTo(ids(sample.retriever.retrieve(words, 5)));
        Answer answer = sample.answerer().answer(question);
        assertThat(answer.answer()).isEqualTo(sample.answerer().answer(words).answer());
        if (words.isBlank()) {
            assertThat(answer.answered()).as("no words, no answer").isFalse();
        }
    }

    @Test
    void should_match_the_same_passages_when_operators_surround_the_words() {
        List<String> plain = ids(sample.retriever.retrieve("nurses strike", 5));

        assertThat(ids(sample.retriever.retrieve("nurses AND \"strike", 5))).isEqualTo(plain);
        assertThat(ids(sample.retriever.retrieve("(nurses) -strike*", 5))).isEqualTo(plain);
        assertThat(ids(sample.retriever.retrieve("text:nurses title:strike?", 5)))
                .as("field names are words too, so only their presence may differ")
                .containsAnyElementsOf(plain);
    }

    @Test
    void should_not_negate_when_a_word_has_a_minus_sign() {
        List<SearchHit> hits = sample.retriever.retrieve("-troops", 3);

        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).text()).containsIgnoringCase("troops");
    }

    @Test
    void should_cap_the_terms_when_the_question_is_huge() {
        String huge = "nurses strike pay ".repeat(2_000) + String.join(" ", java.util.stream.IntStream.range(0, 5_000)
                .mapToObj(i -> "word" + i).toList());

        assertThat(QueryTerms.of(huge)).hasSizeLessThanOrEqualTo(QueryTerms.MAX_TERMS);
        assertThat(sample.retriever.retrieve(huge, 5)).as("the capped terms still find the topic").isNotEmpty();
    }

    @Test
    void should_abstain_when_the_question_has_no_searchable_words() {
        Answer answer = sample.answerer().answer("??? *** :::");

        assertThat(answer.answered()).isFalse();
        assertThat(answer.citations()).isEmpty();
        assertThat(answer.answer()).isEqualTo(Answer.ABSTENTION);
    }

    private static List<String> ids(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::passageId).toList();
    }
}
