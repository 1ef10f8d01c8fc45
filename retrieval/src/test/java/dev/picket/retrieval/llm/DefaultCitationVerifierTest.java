package dev.picket.retrieval.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import dev.picket.retrieval.Answer.Unsupported;
import dev.picket.retrieval.SearchHit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DefaultCitationVerifierTest {

    private static final SearchHit TROOPS = hit("a#1", "Sky News", LocalDate.of(2022, 12, 19),
            "Barclay seeks fresh talks", "The government plans to bring in the armed forces to fill some of the "
                    + "gaps, with 1,200 troops expected to be deployed during the ambulance strikes.");
    private static final SearchHit NURSES = hit("b#0", "BBC", LocalDate.of(2023, 1, 18), "Nurses strike again",
            "Nurses in England walked out again on Wednesday as the Royal College of Nursing rejected a 3.5% offer.");
    private static final SearchHit DOCTORS = hit("c#4", "The Guardian", LocalDate.of(2025, 7, 25),
            "Resident doctors begin five-day strike", "Resident doctors in England began a five-day walkout on "
                    + "Friday, the BMA said, after talks with Wes Streeting broke down.");
    private static final List<SearchHit> SOURCES = List.of(TROOPS, NURSES, DOCTORS);

    private final DefaultCitationVerifier verifier = new DefaultCitationVerifier();

    private static SearchHit hit(String id, String outlet, LocalDate date, String title, String text) {
        return new SearchHit(id, id.substring(0, 1), 0, title, outlet, date, null, text, 1);
    }

    @Test
    void should_renumber_cited_sources_in_order_of_first_use_when_the_model_skips_some() {
        VerifiedAnswer v = verifier.verify("Resident doctors began a five-day walkout [3]. About 1,200 troops "
                + "were to be deployed [1]. The doctors' talks with Wes Streeting broke down [3].", SOURCES);

        assertThat(v.text()).isEqualTo("Resident doctors began a five-day walkout [1]. About 1,200 troops were "
                + "to be deployed [2]. The doctors' talks with Wes Streeting broke down [1].");
        assertThat(v.cited()).containsExactly(DOCTORS, TROOPS);
        assertThat(v.unsupported()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Nurses walked out and 1,200 troops were to be deployed [2, 1].|Nurses walked out and 1,200 troops were to be deployed [1][2].",
        "Nurses walked out and 1,200 troops were to be deployed [2][1].|Nurses walked out and 1,200 troops were to be deployed [1][2].",
        "Nurses walked out and 1,200 troops were to be deployed [1-2].|Nurses walked out and 1,200 troops were to be deployed [1][2].",
        "Nurses walked out and 1,200 troops were to be deployed. [2; 1]|Nurses walked out and 1,200 troops were to be deployed. [1][2]",
        "Nurses walked out and 1,200 troops were to be deployed [Sources 2, 1].|Nurses walked out and 1,200 troops were to be deployed [1][2].",
    })
    void should_read_every_marker_form_when_a_sentence_cites_several_sources(String text, String expected) {
        VerifiedAnswer v = verifier.verify(text, SOURCES);

        assertThat(v.text()).isEqualTo(expected);
        assertThat(v.cited()).containsExactlyInAnyOrder(NURSES, TROOPS);
    }

    @Test
    void should_drop_numbers_with_no_source_when_the_sentence_cites_a_real_one_too() {
        VerifiedAnswer v = verifier.verify("About 1,200 troops were to be deployed [0][1, 4] [17].", SOURCES);

        assertThat(v.text()).isEqualTo("About 1,200 troops were to be deployed [1].");
        assertThat(v.cited()).containsExactly(TROOPS);
    }

    @Test
    void should_report_a_sentence_that_cites_only_missing_sources_when_verifying() {
        VerifiedAnswer v = verifier.verify("About 1,200 troops were to be deployed [4]. Nurses walked out [2].",
                SOURCES);

        assertThat(v.text()).isEqualTo("Nurses walked out [1].");
        assertThat(v.unsupported()).containsExactly(new Unsupported("About 1,200 troops were to be deployed.",
                "cites only sources that were not provided"));
    }

    @Test
    void should_remove_a_sentence_when_its_number_is_not_in_the_cited_passage() {
        VerifiedAnswer v = verifier.verify("The Royal College of Nursing rejected a 5% offer [2].", SOURCES);

        assertThat(v.isSupported()).isFalse();
        assertThat(v.citedAny()).isTrue();
        assertThat(v.unsupported()).singleElement()
                .satisfies(u -> assertThat(u.reason()).isEqualTo("the number 5 is not in the cited source"));
    }

    @Test
    void should_remove_a_sentence_when_its_name_is_only_in_another_source() {
        VerifiedAnswer v = verifier.verify("Nurses walked out after talks with Wes Streeting broke down [2].",
                SOURCES);

        assertThat(v.unsupported()).singleElement()
                .satisfies(u -> assertThat(u.reason()).isEqualTo("\"Wes\" is not in the cited source"));
    }

    @Test
    void should_remove_a_sentence_when_its_cited_passage_is_about_something_else() {
        VerifiedAnswer v = verifier.verify("Junior doctors demanded full pay restoration for their members [1].",
                SOURCES);

        assertThat(v.unsupported()).singleElement()
                .satisfies(u -> assertThat(u.reason()).startsWith("the cited source does not say this"));
    }

    @Test
    void should_remove_a_sentence_when_it_cites_nothing() {
        VerifiedAnswer v = verifier.verify("Nurses walked out [2]. Strikes are likely to continue.", SOURCES);

        assertThat(v.text()).isEqualTo("Nurses walked out [1].");
        assertThat(v.unsupported()).containsExactly(new Unsupported("Strikes are likely to continue.",
                "cites no source"));
        assertThat(v.citedAny()).isTrue();
    }

    @Test
    void should_accept_the_source_date_and_outlet_when_a_sentence_says_as_of() {
        VerifiedAnswer v = verifier.verify("As of 25 July 2025, The Guardian reported a five-day walkout by "
                + "resident doctors [3].", SOURCES);

        assertThat(v.unsupported()).isEmpty();
        assertThat(v.cited()).containsExactly(DOCTORS);
    }

    @Test
    void should_drop_a_cited_source_that_shares_nothing_with_the_sentence_when_another_supports_it() {
        VerifiedAnswer v = verifier.verify("About 1,200 troops were to be deployed [1][3].", SOURCES);

        assertThat(v.text()).isEqualTo("About 1,200 troops were to be deployed [1].");
        assertThat(v.cited()).containsExactly(TROOPS);
    }

    @Test
    void should_keep_lines_when_the_answer_is_a_list() {
        VerifiedAnswer v = verifier.verify("- Nurses walked out [2]\n- Resident doctors began a five-day walkout "
                + "[3]", SOURCES);

        assertThat(v.text()).isEqualTo("- Nurses walked out [1]\n- Resident doctors began a five-day walkout [2]");
    }

    @Test
    void should_not_take_the_first_word_for_a_name_when_a_bullet_or_quote_comes_first() {
        VerifiedAnswer v = verifier.verify("- Yes, nurses walked out again on Wednesday [2].\n1. Yes, nurses "
                + "walked out again [2].\n\"Yes, nurses walked out again\", BBC reported [2].", SOURCES);

        assertThat(v.unsupported()).isEmpty();
        assertThat(v.text()).startsWith("- Yes, nurses walked out again on Wednesday [1].\n1. Yes, nurses");
    }

    @Test
    void should_cite_nothing_when_the_text_has_no_markers() {
        VerifiedAnswer v = verifier.verify("The sources don't answer that.", SOURCES);

        assertThat(v.citedAny()).isFalse();
        assertThat(v.isSupported()).isFalse();
        assertThat(v.cited()).isEmpty();
    }
}
