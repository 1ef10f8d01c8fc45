package dev.picket.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.picket.retrieval.SearchHit;
import dev.picket.retrieval.index.QueryTerms;
import org.junit.jupiter.api.Test;

class AnswerTypeTest {

    @Test
    void should_leave_the_role_out_when_a_who_question_names_it_by_a_chat_word() {
        assertThat(AnswerType.withoutRelation("who is the porters union boss")).isEqualTo("who is the porters union");
        assertThat(AnswerType.withoutRelation("who is in charge of the coastguard")).isEqualTo("who is the coastguard");
        assertThat(AnswerType.withoutRelation("who heads the midwives college")).isEqualTo("who the midwives college");
        assertThat(AnswerType.withoutRelation("who put out the porters figures")).isEqualTo("who the porters figures");
    }

    @Test
    void should_keep_the_role_when_the_question_asks_for_no_person() {
        assertThat(AnswerType.withoutRelation("how many heads of department quit"))
                .isEqualTo("how many heads of department quit");
        assertThat(AnswerType.withoutRelation("what did the union leader say")).isEqualTo("what did the union leader say");
    }

    @Test
    void should_not_read_an_ordinal_count_as_a_date_when_a_when_question_needs_one() {
        assertThat(AnswerType.DATE.isAnsweredBy("The porters held their 9th walkout of the dispute.")).isFalse();
        assertThat(AnswerType.DATE.isAnsweredBy("Porters walk out on the 14th, the union said.")).isTrue();
        assertThat(AnswerType.DATE.isAnsweredBy("Porters walked out on 14th March.")).isTrue();
    }

    @Test
    void should_date_a_sentence_by_its_report_when_it_gives_the_date_only_relative_to_it() {
        assertThat(AnswerType.DATE.isAnsweredBy("Porters are set to walk out next week.")).isTrue();
        assertThat(AnswerType.datedByItsReport("Porters are set to walk out next week.")).isTrue();
        assertThat(AnswerType.datedByItsReport("Porters walked out last week, on 14 March.")).isFalse();
        assertThat(AnswerType.datedByItsReport("Porters walked out.")).isFalse();
    }

    @Test
    void should_not_count_a_day_of_the_month_as_a_figure_when_a_how_much_question_needs_one() {
        assertThat(AnswerType.NUMBER.isAnsweredBy("Porters walk out on March 14 and March 21.")).isFalse();
        assertThat(AnswerType.NUMBER.isAnsweredBy("Porters walk out on 14 March.")).isFalse();
        assertThat(AnswerType.NUMBER.isAnsweredBy("Porters were offered 6% on 14 March.")).isTrue();
    }

    @Test
    void should_ask_for_a_figure_when_the_question_says_by_how_much_or_names_a_total() {
        assertThat(AnswerType.of("by how much did porters' pay fall")).isEqualTo(AnswerType.NUMBER);
        assertThat(AnswerType.of("what size of rise do porters want")).isEqualTo(AnswerType.NUMBER);
        assertThat(AnswerType.of("what's the porters' turnout rate")).isEqualTo(AnswerType.NUMBER);
        assertThat(AnswerType.of("total shifts lost to the porters walkout")).isEqualTo(AnswerType.NUMBER);
        assertThat(AnswerType.of("whats the average porter salary")).isEqualTo(AnswerType.MONEY);
        assertThat(AnswerType.of("what do porters get paid")).isEqualTo(AnswerType.MONEY);
    }

    @Test
    void should_ask_for_a_person_when_a_which_question_names_a_role_after_an_adjective() {
        assertThat(AnswerType.of("which cabinet minister met the porters")).isEqualTo(AnswerType.PERSON);
        assertThat(AnswerType.of("which union boss spoke")).isEqualTo(AnswerType.PERSON);
    }

    @Test
    void should_want_a_place_when_asked_where_but_not_when_asked_where_things_stand() {
        assertThat(AnswerType.of("where did the porters meet the board")).isEqualTo(AnswerType.PLACE);
        assertThat(AnswerType.of("where are we with the porters")).isEqualTo(AnswerType.OTHER);
        assertThat(AnswerType.PLACE.isAnsweredBy("They met at the Town Hall on Friday.")).isTrue();
        assertThat(AnswerType.PLACE.isAnsweredBy("They met on Friday and talked for hours.")).isFalse();
    }

    @Test
    void should_want_an_outlet_when_asked_which_paper_or_channel() {
        assertThat(AnswerType.of("which paper did the porters' leader write for")).isEqualTo(AnswerType.OUTLET);
        assertThat(AnswerType.of("what channel was the porters' interview on")).isEqualTo(AnswerType.OUTLET);
        assertThat(AnswerType.OUTLET.isAnsweredBy("Writing in the Daily Mirror, she said porters were angry.")).isTrue();
        assertThat(AnswerType.OUTLET.isAnsweredBy("She said porters were angry.")).isFalse();
    }

    @Test
    void should_date_a_sentence_by_how_long_ago_or_how_soon_when_it_says_so() {
        assertThat(AnswerType.DATE.isAnsweredBy("Porters voted three weeks ago.")).isTrue();
        assertThat(AnswerType.DATE.isAnsweredBy("Shifts will be covered within two weeks.")).isTrue();
        assertThat(AnswerType.datedByItsReport("Porters voted three weeks ago.")).isTrue();
    }

    @Test
    void should_take_a_round_count_when_the_question_asks_how_many() {
        assertThat(AnswerType.of("how many porters walked out")).isEqualTo(AnswerType.COUNT);
        assertThat(AnswerType.COUNT.isAnsweredBy("The walkout by thousands of porters went ahead.")).isTrue();
        assertThat(AnswerType.NUMBER.isAnsweredBy("The walkout by thousands of porters went ahead.")).isFalse();
        assertThat(AnswerType.COUNT.isAnsweredBy("Porters were offered 6% in March.")).isTrue();
    }

    @Test
    void should_ask_for_a_length_of_time_when_the_question_asks_how_long() {
        for (String q : new String[] {"how long did the porters strike", "how long is the cleaners ballot open",
                "by how long was the walkout cut"}) {
            assertThat(AnswerType.of(q)).as(q).isEqualTo(AnswerType.DURATION);
        }
        assertThat(AnswerType.of("how much were porters offered")).isNotEqualTo(AnswerType.DURATION);
    }

    @Test
    void should_take_only_a_length_of_time_as_the_answer_when_the_question_asks_how_long() {
        for (String s : new String[] {"Porters walked out for five days.", "The cleaners began a 48-hour strike.",
                "The ballot stays open for a fortnight.", "It ran for three more weeks.",
                "The talks lasted a day and a night."}) {
            assertThat(AnswerType.DURATION.isAnsweredBy(s)).as(s).isTrue();
        }
        for (String s : new String[] {"Porters were offered 6% this year.", "Some 2,000 cleaners walked out.",
                "The walkout began on 14 March."}) {
            assertThat(AnswerType.DURATION.isAnsweredBy(s)).as(s).isFalse();
        }
    }

    @Test
    void should_not_count_a_time_of_day_or_a_number_in_a_name_as_a_figure_when_a_how_much_needs_one() {
        assertThat(AnswerType.NUMBER.isAnsweredBy("The walkout ended at 7am on Friday.")).isFalse();
        assertThat(AnswerType.NUMBER.isAnsweredBy("He said talks with Number 10 were private.")).isFalse();
        assertThat(AnswerType.NUMBER.isAnsweredBy("Porters were given a one-off bonus.")).isFalse();
        assertThat(AnswerType.NUMBER.isAnsweredBy("About 300 porters were given a bonus.")).isTrue();
        assertThat(AnswerType.NUMBER.isAnsweredBy("Porters were given one bonus and two days off.")).isTrue();
    }

    @Test
    void should_ask_for_a_share_when_the_question_asks_what_percentage_or_proportion() {
        assertThat(AnswerType.of("what percentage of porters voted yes")).isEqualTo(AnswerType.SHARE);
        assertThat(AnswerType.of("what proportion of cleaners struck")).isEqualTo(AnswerType.SHARE);
        assertThat(AnswerType.SHARE.isAnsweredBy("Porters backed it by 62 per cent.")).isTrue();
        assertThat(AnswerType.SHARE.isAnsweredBy("A majority of porters backed it.")).isTrue();
        assertThat(AnswerType.SHARE.isAnsweredBy("The union balloted 4,000 porters.")).isFalse();
    }

    @Test
    void should_ask_for_a_date_when_the_question_asks_how_long_ago() {
        Map.of("how long ago did the porters first walk out", AnswerType.DATE,
                "how long ago was the ballot", AnswerType.DATE,
                "how long ago did the trust promise new rotas", AnswerType.DATE,
                "how long did the porters walk out for", AnswerType.DURATION)
                .forEach((q, type) -> assertThat(AnswerType.of(q)).as(q).isEqualTo(type));
    }

    @Test
    void should_ask_since_when_when_the_question_asks_how_long_something_has_gone_on() {
        for (String q : new String[] {"how long have the porters been on strike", "how long has the row been going on",
                "how long had the cleaners been striking by the election", "how far back does the dispute go"}) {
            assertThat(AnswerType.of(q)).as(q).isEqualTo(AnswerType.SPAN);
        }
        for (String s : new String[] {"The porters have been on strike since 2021.",
                "It has dragged on since last summer.", "Porters have walked out for six weeks."}) {
            assertThat(AnswerType.SPAN.isAnsweredBy(s)).as(s).isTrue();
        }
        for (String s : new String[] {"The porters walked out again.",
                "It has been that way ever since they decided to strike."}) {
            assertThat(AnswerType.SPAN.isAnsweredBy(s)).as(s).isFalse();
        }
    }

    @Test
    void should_keep_what_has_lasted_since_when_the_question_asks_how_long_it_has_gone_on() {
        List<SentenceChoice.Scored> candidates = scored("Porters walked out for five days in March.",
                "Their pay has fallen since 2010, the union said.", "The dispute has lasted since 2021.");
        AnswerType.keepSince(candidates);
        assertThat(candidates).extracting(SentenceChoice.Scored::sentence)
                .containsExactly("The dispute has lasted since 2021.");

        List<SentenceChoice.Scored> lengths = scored("Porters walked out for five days in March.");
        AnswerType.keepSince(lengths);
        assertThat(lengths).hasSize(1);
    }

    private static List<SentenceChoice.Scored> scored(String... sentences) {
        List<SentenceChoice.Scored> out = new ArrayList<>();
        SearchHit hit = new SearchHit("a#0", "a", 0, "", "", null, "", "", 1.0);
        for (String s : sentences) {
            out.add(new SentenceChoice.Scored(hit, s, QueryTerms.setOf(s), 1.0));
        }
        return out;
    }
}
