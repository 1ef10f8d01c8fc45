package dev.picket.retrieval.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import dev.picket.corpus.Abbreviations;
import dev.picket.retrieval.SearchHit;
import dev.picket.retrieval.answer.SentenceSimilarity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceSupportTest {

    private static final Abbreviations TABLE = Abbreviations.from(List.of(
            "Figures came from the Office for National Statistics.", "The British Medical Association (BMA) said."));

    private final SentenceSupport plain = new SentenceSupport();
    private final SentenceSupport withTable = new SentenceSupport(() -> TABLE, Meaning.NONE);

    private static SearchHit hit(LocalDate published, String text) {
        return new SearchHit("a#0", "a", 0, "Pay talks", "Sky News", published, null, text, 1);
    }

    private static Optional<String> check(SentenceSupport support, String claim, SearchHit hit) {
        return support.unsupported(claim, List.of(hit));
    }

    @Test
    void should_remove_a_number_when_only_the_sources_date_holds_its_digits() {
        SearchHit dated = hit(LocalDate.of(2022, 12, 19), "The union is demanding a pay rise above inflation.");

        assertThat(check(plain, "The union demanded a 19% pay rise.", dated)).hasValueSatisfying(
                r -> assertThat(r).contains("number 19"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The offer was worth 2 per cent of salaries.|The offer was worth 2% of salaries.",
        "The deal cost £1,000 per nurse.|The deal cost £1000 per nurse.",
        "Five nurses walked out.|5 nurses walked out.",
        "The uplift would be 12.40%.|The uplift would be 12.4 per cent.",
    })
    void should_match_a_number_as_a_number_when_the_claim_writes_it_otherwise(String passage, String claim) {
        assertThat(check(plain, claim, hit(LocalDate.of(2023, 5, 28), passage))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Nurses were due to strike on December 15.|Nurses were due to strike on 15 December.",
        "Nurses were due to strike on December 15.|Nurses were due to strike on Dec 15.",
        "Nurses were due to strike on 2022-12-15.|Nurses were due to strike on 15 December 2022.",
        "Nurses were due to strike on 15th December 2022.|Nurses were due to strike on December 15, 2022.",
        "The plan was first promised in November 2018.|The plan was first promised in Nov 2018.",
    })
    void should_match_a_date_in_any_form_when_the_passage_gives_it(String passage, String claim) {
        assertThat(check(plain, claim, hit(LocalDate.of(2022, 12, 11), passage))).isEmpty();
    }

    @Test
    void should_remove_a_wrong_date_and_allow_the_sources_own_date_only_for_a_date() {
        SearchHit hit = hit(LocalDate.of(2022, 12, 11), "Nurses were due to strike on December 15.");

        assertThat(check(plain, "Nurses were due to strike on 8 December.", hit))
                .hasValueSatisfying(r -> assertThat(r).contains("date 8 December"));
        assertThat(check(plain, "As of 11 December 2022, nurses were due to strike.", hit)).isEmpty();
        assertThat(check(plain, "Nurses were due to strike for 11 days.", hit))
                .hasValueSatisfying(r -> assertThat(r).contains("number 11"));
    }

    @Test
    void should_resolve_an_abbreviation_through_the_corpus_table_when_the_passage_spells_it_out() {
        SearchHit spelled = hit(LocalDate.of(2023, 5, 28), "Net migration reached 606,000, according to the Office "
                + "for National Statistics.");

        assertThat(check(plain, "Net migration reached 606,000, the ONS said.", spelled)).isPresent();
        assertThat(check(withTable, "Net migration reached 606,000, the ONS said.", spelled)).isEmpty();
    }

    @Test
    void should_resolve_a_long_form_when_the_passage_uses_the_abbreviation() {
        SearchHit abbreviated = hit(LocalDate.of(2024, 7, 10), "The BMA wants pay restored to 2008 levels.");

        assertThat(check(withTable, "The British Medical Association wants pay restored to 2008 levels.",
                abbreviated)).isEmpty();
        assertThat(check(withTable, "The Royal Medical Association wants pay restored to 2008 levels.",
                abbreviated)).hasValueSatisfying(r -> assertThat(r).contains("Royal"));
    }

    @Test
    void should_match_irregular_verb_forms_when_the_passage_uses_another_form() {
        SearchHit hit = hit(LocalDate.of(2025, 7, 30), "Writing for The Guardian newspaper, Mr Streeting said the "
                + "union had been reckless. I met face to face with the committee.");

        assertThat(check(plain, "Streeting wrote the opinion piece for The Guardian.", hit)).isEmpty();
        assertThat(check(plain, "Streeting had a meeting face to face with the committee.", hit)).isEmpty();
    }

    @Test
    void should_flag_a_sentence_sharing_words_but_not_meaning_when_a_model_is_given() {
        SearchHit hit = hit(LocalDate.of(2023, 5, 28), "The union did not accept the pay offer from the government.");
        String claim = "The union accepted the pay offer from the government.";

        assertThat(check(plain, claim, hit)).isEmpty();
        assertThat(check(new SentenceSupport(Abbreviations::none, new Meaning(cosine(0.1))), claim, hit))
                .hasValueSatisfying(r -> assertThat(r).contains("not its meaning"));
    }

    @Test
    void should_keep_a_paraphrase_close_in_meaning_when_it_shares_few_words() {
        SearchHit hit = hit(LocalDate.of(2023, 5, 28), "Ministers refused to reopen talks about wages.");
        String claim = "The government would not negotiate on salaries again.";

        assertThat(check(plain, claim, hit)).isPresent();
        assertThat(check(new SentenceSupport(Abbreviations::none, new Meaning(cosine(0.9))), claim, hit)).isEmpty();
        assertThat(check(new SentenceSupport(Abbreviations::none, new Meaning(cosine(0.45))), claim, hit))
                .isPresent();
    }

    /** Every sentence at this cosine from the claim, on MiniLM's calibration. */
    private static SentenceSimilarity cosine(double c) {
        return (claim, passages, sentences) -> Collections.nCopies(sentences.size(), c);
    }
}
