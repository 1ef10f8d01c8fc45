package dev.picket.corpus;

import static dev.picket.corpus.SampleCorpus.words;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class SentencesTest {

    @Test
    void should_split_at_sentence_ends_when_text_has_several_sentences() {
        assertThat(Sentences.split("Nurses walked out. Did talks fail? Yes! They did."))
                .containsExactly("Nurses walked out.", "Did talks fail?", "Yes!", "They did.");
    }

    @Test
    void should_not_split_after_titles_when_a_name_follows() {
        assertThat(Sentences.split("Dr. Vivek Trivedi met Mr. Streeting and Mrs. Cullen. They talked for hours."))
                .containsExactly("Dr. Vivek Trivedi met Mr. Streeting and Mrs. Cullen.", "They talked for hours.");
    }

    @Test
    void should_not_split_after_eg_or_ie_when_the_sentence_goes_on() {
        assertThat(Sentences.split("Some unions, e.g. Unite, joined in. Others, i.e. The RCN, did not."))
                .containsExactly("Some unions, e.g. Unite, joined in.", "Others, i.e. The RCN, did not.");
    }

    @Test
    void should_not_split_inside_numbers_when_they_have_a_decimal_point() {
        assertThat(Sentences.split("Doctors in Wales settled for 12.4% last year. The BMA wants 35%."))
                .containsExactly("Doctors in Wales settled for 12.4% last year.", "The BMA wants 35%.");
    }

    @Test
    void should_recognise_an_abbreviation_when_it_ends_a_long_run_of_text() {
        String sentence = "The letter was signed by " + words(60, "doctors") + " and Dr. Ross Nieuwoudt.";

        assertThat(Sentences.split(sentence + " It was sent on Monday."))
                .containsExactly(sentence, "It was sent on Monday.");
    }

    @Test
    void should_not_split_when_the_next_part_starts_in_lower_case() {
        assertThat(Sentences.split("I am offering conciliation... and we can start tomorrow."))
                .containsExactly("I am offering conciliation... and we can start tomorrow.");
    }

    @Test
    void should_finish_when_a_sentence_is_one_huge_word() {
        String giant = "a".repeat(4 * 1024 * 1024) + "!";

        List<String> sentences = Sentences.split(giant + " Next one here.");

        assertThat(sentences).allSatisfy(s -> assertThat(s).hasSizeLessThanOrEqualTo(Sentences.MAX_CHARS));
        assertThat(String.join("", sentences.subList(0, sentences.size() - 1))).isEqualTo(giant);
        assertThat(sentences).last().isEqualTo("Next one here.");
    }

    @Test
    void should_finish_when_a_huge_paragraph_is_many_lower_case_sentences() {
        String text = "a. ".repeat(1_000_000).strip();

        List<String> sentences = Sentences.split(text);

        assertThat(String.join(" ", sentences)).isEqualTo(text);
    }

    @Test
    void should_cut_a_sentence_at_a_word_when_it_runs_past_the_length_cap() {
        String ramble = "strike ".repeat(10_000).strip() + ".";

        List<String> sentences = Sentences.split(ramble);

        assertThat(sentences).hasSizeGreaterThan(1)
                .allSatisfy(s -> assertThat(s.split(" ")).hasSizeLessThanOrEqualTo(Sentences.MAX_WORDS))
                .allSatisfy(s -> assertThat(s).doesNotStartWith(" ").doesNotEndWith(" "));
        assertThat(String.join(" ", sentences)).isEqualTo(ramble);
    }

    @Test
    void should_find_an_abbreviation_at_the_end_as_the_last_word_pattern_did_when_the_text_ends_in_a_full_stop() {
        // The pattern the scan replaced, searched in the same window of the last 32 characters.
        Pattern lastWord = Pattern.compile("(?<![\\p{L}.])([\\p{L}.]+)\\.\\s*$");
        List<String> tails = List.of("Talks with Dr.", "It was Mr.  ", "see e.g.", "i.e.", "St.", "No.",
                "the Co.", "Ltd. Co.", "the Mgr.", "He said so.", "Approx.", "APPROX.", "U.S.", "x.St.", "3.Dr.",
                "(Dr.", "\u00c9tat Dr.", "\uD835\uDC00Dr.", "Dr..", ".", "  .", "a.", "lettersbeforethewindowx".repeat(2) + "Dr.",
                "sixteen letters " + "abcdefghijklmnopqrstuvwxyzabcdefDr.", "abcdefghijklmnopqrstuvwxyzabcDr.",
                "abcdefghijklmnopqrstuvwxyzab Dr.", "the Inc.\n", "\u0130nc.");
        for (String tail : tails) {
            Matcher m = lastWord.matcher(tail).region(Math.max(0, tail.length() - 32), tail.length())
                    .useTransparentBounds(true);
            boolean expected = m.find() && Set.of("mr", "dr", "st", "no", "e.g", "i.e", "approx", "inc", "co")
                    .contains(m.group(1).toLowerCase(Locale.ROOT));
            assertThat(Sentences.abbreviationEnds(tail)).as(tail).isEqualTo(expected);
        }
    }
}
