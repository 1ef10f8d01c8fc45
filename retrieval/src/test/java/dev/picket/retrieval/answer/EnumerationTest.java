package dev.picket.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import dev.picket.retrieval.OnSampleVectors;
import dev.picket.retrieval.RetrievalMode;
import dev.picket.retrieval.index.QueryTerms;
import org.junit.jupiter.api.Test;

/** A group named only as one item of a list is not what its passage is about. */
class EnumerationTest extends OnSampleVectors {

    private static Set<String> terms(String words) {
        return QueryTerms.setOf(words);
    }

    private static Set<String> listed(String text) {
        return Enumeration.of(text).terms();
    }

    private static QuestionTerms question(String q) {
        return Question.of(q, sample.index, Equivalences.none()).terms();
    }

    @Test
    void should_find_each_item_when_a_sentence_lists_three_groups_or_more() {
        Set<String> listed = listed("Cleaners are not alone: porters, lab technicians, "
                + "security guards and canteen staff also walked out on Monday.");
        assertThat(listed).containsAll(terms("porters lab technicians security guards canteen"));
        assertThat(listed).doesNotContainAnyElementsOf(terms("cleaners monday walked"));
    }

    @Test
    void should_find_the_items_when_the_list_has_a_comma_before_and() {
        assertThat(listed("Walkouts are planned by bus drivers, refuse collectors, "
                + "and librarians this month."))
                .containsAll(terms("bus drivers refuse collectors librarians"));
    }

    @Test
    void should_find_the_items_when_the_list_joins_its_last_with_or() {
        assertThat(listed("It is not clear whether Leeds, York or Hull will be hit."))
                .containsAll(terms("leeds york hull"));
    }

    @Test
    void should_leave_out_the_words_before_the_first_item_when_they_lead_into_the_list() {
        Set<String> listed = listed("The union is joined by staff in Kent, Essex and Surrey.");
        assertThat(listed).containsAll(terms("kent essex surrey"));
        assertThat(listed).doesNotContainAnyElementsOf(terms("union joined staff"));
    }

    @Test
    void should_not_count_a_word_as_listed_when_the_text_names_it_outside_the_list_too() {
        String text = "Porters, cleaners and caterers struck on Tuesday. The porters want a 10% rise.";
        Set<String> listed = listed(text);
        assertThat(listed).doesNotContainAnyElementsOf(terms("porters"));
        assertThat(listed).containsAll(terms("cleaners caterers"));
    }

    @Test
    void should_list_nothing_when_only_two_things_are_joined() {
        assertThat(listed("Porters and cleaners struck, the union said, on Tuesday.")).isEmpty();
        assertThat(listed("Doctors in Wales and Scotland settled, officials said, last week."))
                .isEmpty();
    }

    @Test
    void should_list_nothing_when_the_text_has_no_commas() {
        assertThat(listed("Porters, cleaners")).isEmpty();
        assertThat(listed("The porters want a rise and better hours.")).isEmpty();
    }

    @Test
    void should_keep_the_terms_as_they_are_when_nothing_is_listed_only() {
        Set<String> held = terms("nurses pay");
        assertThat(Enumeration.of("Nurses want more pay.").without(held, question("what do nurses want")))
                .isSameAs(held);
    }

    @Test
    void should_drop_a_listed_item_when_the_question_names_that_item_alone() {
        Enumeration listed = Enumeration.of("Nurses, paramedics, midwives and porters struck over pay.");
        Set<String> held = terms("nurses paramedics midwives porters struck pay");
        assertThat(listed.without(held, question("why did the midwives strike")))
                .doesNotContainAnyElementsOf(terms("midwives")).containsAll(terms("nurses struck pay"));
    }

    @Test
    void should_keep_the_list_when_the_question_names_two_of_its_items() {
        Enumeration listed = Enumeration.of("Nurses, paramedics, midwives and porters struck over pay.");
        Set<String> held = terms("nurses paramedics midwives porters struck pay");
        assertThat(listed.without(held, question("why did the midwives and porters strike"))).isSameAs(held);
    }

    @Test
    void should_ask_for_particulars_when_the_question_asks_for_a_cause_a_demand_or_a_figure() {
        for (String q : new String[] {"what are the porters demanding", "why are the cleaners striking",
                "how many porters walked out", "how much were the cleaners offered"}) {
            assertThat(Question.of(q, sample.index, Equivalences.none()).asksForParticulars()).as(q).isTrue();
        }
        for (String q : new String[] {"are the porters striking too", "when do the cleaners walk out",
                "which groups have been involved", "who leads the porters"}) {
            assertThat(Question.of(q, sample.index, Equivalences.none()).asksForParticulars()).as(q).isFalse();
        }
    }

    @Test
    void should_decline_a_group_s_demand_or_cause_when_an_article_only_lists_the_group_among_others_striking() {
        var answerer = sample.answerer(RetrievalMode.HYBRID);
        for (String q : new String[] {"what do the highways workers want", "why are the highways workers striking",
                "what are postal workers asking for", "why are driving examiners taking action",
                "how many driving examiners walked out", "how many highways workers are on strike"}) {
            assertThat(answerer.answer(q).answered()).as(q).isFalse();
        }
    }

    @Test
    void should_still_answer_about_a_listed_group_when_the_question_asks_whether_or_when_it_acts() {
        for (String q : new String[] {"are highways workers taking action as well",
                "when are the highways workers striking"}) {
            var answer = sample.answerer(RetrievalMode.HYBRID).answer(q);
            assertThat(answer.answered()).as(q).isTrue();
            assertThat(answer.answer()).as(q).containsIgnoringCase("highways workers");
        }
    }

    @Test
    void should_read_a_long_name_as_one_item_when_it_ends_a_list_with_its_initials() {
        Set<String> listed = listed("Also out this week are bus drivers, refuse collectors, and Department for "
                + "Culture and Sport (DCS) officials, the unions say.");
        assertThat(listed).containsAll(terms("department culture sport dcs officials"));
        assertThat(listed).doesNotContainAnyElementsOf(terms("unions say week"));
    }

    @Test
    void should_end_the_last_item_at_its_verb_when_it_is_no_name() {
        Set<String> listed = listed("Hospital cooks, ward cleaners and security guards walked out on Monday.");
        assertThat(listed).containsAll(terms("cooks ward cleaners security guards"));
        assertThat(listed).doesNotContainAnyElementsOf(terms("walked monday"));
    }

    @Test
    void should_take_one_item_as_named_when_the_question_shares_only_another_items_head_noun() {
        String text = "Striking this week are bus drivers, refuse collectors and library staff.";
        Set<String> held = Enumeration.of(text).without(QueryTerms.setOf(text), question("what are refuse staff after"));
        assertThat(held).doesNotContainAnyElementsOf(terms("refuse collectors"));
        Set<String> both = Enumeration.of(text).without(QueryTerms.setOf(text),
                question("what are refuse and library workers after"));
        assertThat(both).containsAll(terms("refuse library"));
    }
}
