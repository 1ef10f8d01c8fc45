package dev.picket.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.picket.retrieval.Answer;
import dev.picket.retrieval.OnSampleIndex;
import dev.picket.retrieval.RetrievalMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each kind of chat question answered the way it asks to be, on the sample corpus (BM25: no model floats). */
class AnswerByKindTest extends OnSampleIndex {

    private static final Pattern DAY_LINE = Pattern.compile("^(\\d{1,2}) (\\w+) (\\d{4}): .+ \\[(\\d+)]$");

    private Answer ask(String question) {
        return sample.answerer(RetrievalMode.BM25).answer(question);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hello", "thanks!", "what can you do?", "help"})
    void should_say_what_the_articles_cover_when_greeted_or_asked_for_help(String message) {
        Answer answer = ask(message);

        assertThat(answer.isHelp()).isTrue();
        assertThat(answer.answered()).isFalse();
        assertThat(answer.citations()).isEmpty();
        assertThat(answer.answer()).contains("5 news articles", "Sky News", "11 December 2022", "30 July 2025")
                .doesNotContain(Answer.ABSTENTION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tldr", "sum it all up for me", "quick recap pls"})
    void should_give_one_dated_cited_sentence_per_article_in_date_order_when_asked_for_an_overview(String q) {
        Answer answer = ask(q);

        assertThat(answer.answered()).isTrue();
        List<String> lines = answer.answer().lines().toList();
        assertThat(lines).hasSize(5).allMatch(l -> DAY_LINE.matcher(l).matches());
        assertThat(lines.getFirst()).startsWith("11 December 2022: ");
        assertThat(lines.getLast()).startsWith("30 July 2025: ");
        assertThat(answer.citations()).extracting(c -> c.published().getYear())
                .containsExactly(2022, 2022, 2023, 2024, 2025);
        for (String line : lines) {
            Matcher m = DAY_LINE.matcher(line);
            assertThat(m.matches()).isTrue();
            String quoted = line.substring(line.indexOf(": ") + 2, line.lastIndexOf(" ["));
            assertThat(answer.citations().get(Integer.parseInt(m.group(4)) - 1).passage()).contains(quoted);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tl;dr of this whole nhs strikes business", "sum up the nurses pay saga for me",
        "give me the background to the whole doctors strike thingy"})
    void should_digest_the_topics_words_the_articles_use_when_an_overview_topic_is_in_chat_words(String q) {
        Answer answer = ask(q);

        assertThat(answer.answered()).isTrue();
        assertThat(answer.answer().lines().toList()).isNotEmpty().allMatch(l -> DAY_LINE.matcher(l).matches());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sum up the whole row for me", "tl;dr of the strikes pls", "recap the whole strike business",
        "give me an overview of the nhs pay dispute"})
    void should_digest_every_article_when_an_overview_topic_names_only_the_dispute(String q) {
        Answer answer = ask(q);

        assertThat(answer.answered()).isTrue();
        assertThat(answer.citations()).extracting(c -> c.published().getYear())
                .containsExactly(2022, 2022, 2023, 2024, 2025);
    }

    @Test
    void should_keep_to_the_years_asked_when_an_overview_names_a_period() {
        assertThat(ask("summary of the 2022 strikes").citations()).extracting(c -> c.published().getYear())
                .containsExactly(2022, 2022);
        assertThat(ask("recap of the strikes from 2023 to now").citations()).extracting(c -> c.published().getYear())
                .containsExactly(2023, 2024, 2025);
        assertThat(ask("tl;dr 2022-2024").citations()).extracting(c -> c.published().getYear())
                .containsExactly(2022, 2022, 2023, 2024);
        assertThat(ask("overview of everything since 2024").citations()).extracting(c -> c.published().getYear())
                .containsExactly(2024, 2025);
    }

    @ParameterizedTest
    @ValueSource(strings = {"background on the nurses dispute", "bit of background on the nurses pay row pls",
        "give me the gist of the nursing strikes"})
    void should_tell_what_the_nurses_want_when_an_overview_is_about_the_nurses(String q) {
        Answer answer = ask(q);

        assertThat(answer.answered()).isTrue();
        assertThat(answer.answer()).contains("inflation-matching pay rise plus 5%");
        // The doctors' reports of 2024 and 2025 name nurses once in passing: they are not about the nurses.
        assertThat(answer.citations()).extracting(c -> c.published().getYear()).allMatch(y -> y <= 2023);
        assertThat(answer.answer().lines().toList()).allMatch(l -> DAY_LINE.matcher(l).matches());
    }

    @ParameterizedTest
    @ValueSource(strings = {"summarise the junior doctors dispute", "explain the doctors strike pls",
        "background on the bma dispute pls"})
    void should_tell_what_the_doctors_want_when_an_overview_is_about_the_doctors(String q) {
        Answer answer = ask(q);

        assertThat(answer.answered()).isTrue();
        assertThat(answer.answer()).containsAnyOf("2008", "35%");
        assertThat(answer.answer()).doesNotContain("inflation-matching");
        assertThat(answer.citations()).extracting(c -> c.published().getYear()).allMatch(y -> y >= 2024);
    }

    @ParameterizedTest
    @ValueSource(strings = {"anything new from the nurses", "and the nurses, any news", "nurses - anything new",
        "whats the latest with the rcn"})
    void should_tell_the_newest_report_about_a_side_when_asked_for_its_news(String q) {
        Answer answer = ask(q);

        assertThat(answer.answered()).isTrue();
        assertThat(answer.answer()).startsWith("As of 28 May 2023, ");
        assertThat(answer.citations()).extracting(c -> c.published().getYear()).containsOnly(2023);
    }

    @ParameterizedTest
    @ValueSource(strings = {"any updates on the strike front", "whats the latest on the whole dispute",
        "been away a month, any news"})
    void should_tell_the_newest_report_when_news_is_asked_of_nothing_narrower_than_the_dispute(String q) {
        Answer answer = ask(q);

        assertThat(answer.answered()).isTrue();
        assertThat(answer.answer()).startsWith("As of 30 July 2025, ");
    }

    @Test
    void should_decline_an_overview_when_the_words_of_its_topic_in_the_articles_are_not_about_the_nhs() {
        // "world" is in the articles ("the second world war"), "cup" is not.
        assertThat(ask("tl;dr of the world cup").answered()).isFalse();
        assertThat(ask("summarise the eurovision saga").answered()).isFalse();
    }

    @Test
    void should_answer_as_if_spelt_right_when_a_word_is_misspelt() {
        Answer answer = ask("wat r the nurces demanding");

        assertThat(answer.answered()).isTrue();
        assertThat(answer.answer()).contains("inflation-matching pay rise plus 5%");
    }

    @Test
    void should_answer_from_the_newest_article_with_its_date_when_asked_for_news_without_a_topic() {
        Answer answer = ask("anything new?");

        assertThat(answer.answered()).isTrue();
        assertThat(answer.answer()).startsWith("As of 30 July 2025, ");
        assertThat(answer.citations()).isNotEmpty()
                .allSatisfy(c -> assertThat(c.published()).hasToString("2025-07-30"));
    }

    @Test
    void should_quote_the_demand_when_asked_what_a_union_is_demanding() {
        Answer answer = ask("what is the royal college of nursing demanding");

        assertThat(answer.answered()).isTrue();
        assertThat(answer.answer()).contains("inflation-matching pay rise plus 5%");
    }

    @ParameterizedTest
    @ValueSource(strings = {"why are they striking", "why are the doctors on strike", "whats the strike about"})
    void should_lead_with_what_the_dispute_is_over_when_a_why_names_only_the_strike(String q) {
        Answer answer = ask(q);

        assertThat(answer.answered()).isTrue();
        String first = answer.answer().lines().findFirst().orElseThrow();
        assertThat(first).containsAnyOf("dispute over pay", "pay back to 2008 levels", "anger over pay",
                "restore the real-terms pay");
        assertThat(answer.answer()).doesNotContain("too high a price due to strike action");
    }

    @Test
    void should_decline_when_asked_for_a_salary_the_articles_never_give() {
        assertThat(ask("how much does a paramedic earn a year").answered()).isFalse();
        assertThat(ask("how much are nurses paid").answered()).isFalse();
    }

    @Test
    void should_quote_a_figure_of_the_thing_measured_when_asked_how_many() {
        Answer answer = ask("how many troops were going to be deployed");

        assertThat(answer.answered()).isTrue();
        assertThat(answer.answer()).contains("1,200 troops");
    }

    @Test
    void should_understand_a_month_abbreviation_when_the_articles_spell_it_out() {
        Answer answer = ask("when were nurses striking in dec 2022");

        assertThat(answer.answered()).isTrue();
        assertThat(answer.answer()).contains("December 15 and December 20");
    }

    @Test
    void should_date_the_answer_by_its_report_when_a_when_question_is_answered_by_this_week() {
        // The junior doctors' "11th strike" is a count, no date; the ambulance walkouts are "this week" of a report.
        Answer answer = ask("when were the ambulance walkouts");

        assertThat(answer.answer()).containsIgnoringCase("ambulance").contains("December 2022")
                .doesNotContain("11th strike");
    }
}
