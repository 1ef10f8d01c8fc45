package dev.picket.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.picket.retrieval.SearchHit;
import dev.picket.retrieval.index.IndexStats;
import dev.picket.retrieval.index.QueryTerms;
import org.junit.jupiter.api.Test;

class EventTest {

    private static final Scope PORTERS = Scope.of(List.of("porter", "porters", "hospital"));

    @Test
    void should_keep_only_dates_of_the_event_when_a_when_question_names_one() {
        List<SentenceChoice.Scored> kept = kept("when did the porters walk out",
                "The porters met the board again on Monday.", "The porters walked out on Friday.");

        assertThat(kept).extracting(SentenceChoice.Scored::sentence).containsExactly("The porters walked out on Friday.");
    }

    @Test
    void should_keep_only_what_is_to_come_when_the_question_asks_about_the_future() {
        List<SentenceChoice.Scored> kept = kept("when will the porters walk out again",
                "The porters walked out a fortnight ago.", "The porters will walk out next week.");

        assertThat(kept).extracting(SentenceChoice.Scored::sentence).containsExactly("The porters will walk out next week.");
    }

    @Test
    void should_keep_every_date_when_the_question_names_only_who_took_part() {
        assertThat(Event.of("when did the porters", PORTERS).terms()).isEmpty();
        assertThat(Event.of("who are the porters", PORTERS).terms()).isEmpty();
        assertThat(Event.of("when is the next porters strike", PORTERS).terms()).containsExactly("strike");
    }

    @Test
    void should_not_take_a_pre_planned_operation_for_a_plan_when_the_question_asks_about_the_future() {
        assertThat(kept("when will the porters strike", "The porters' strike hit pre-planned care on Monday."))
                .isEmpty();
    }

    @Test
    void should_keep_a_date_of_the_event_when_the_sentence_names_it_by_an_equivalent() {
        List<SentenceChoice.Scored> kept = kept("when did the porters walk out",
                "The porters met the board again on Monday.", "The porters staged a walkout on Friday.");

        assertThat(kept).extracting(SentenceChoice.Scored::sentence)
                .containsExactly("The porters staged a walkout on Friday.");
    }

    private static final IndexStats STATS = new FixedStats(10, 40, Map.of(), 5);

    private static List<SentenceChoice.Scored> kept(String question, String... sentences) {
        List<SentenceChoice.Scored> candidates = new ArrayList<>();
        SearchHit hit = new SearchHit("a#0", "a", 0, "", "", null, "", "", 1.0);
        for (String s : sentences) {
            Set<String> terms = QueryTerms.setOf(s);
            candidates.add(new SentenceChoice.Scored(hit, s, terms, 1.0));
        }
        Event.of(question, PORTERS).keep(candidates, QuestionTerms.weigh(question, STATS, Equivalences.bundled()));
        return candidates;
    }

    @Test
    void should_ask_about_the_future_when_a_when_question_asks_what_comes_next() {
        assertThat(Event.asksAboutFuture("when will the porters strike next")).isTrue();
        assertThat(Event.asksAboutFuture("when is the next porters walkout")).isTrue();
        assertThat(Event.asksAboutFuture("when did the porters strike")).isFalse();
        assertThat(Event.asksAboutFuture("will the porters strike")).isFalse();
    }

    @Test
    void should_ask_for_a_date_when_a_fragment_names_the_date_it_wants() {
        for (String q : new String[] {"next date the porters walk out", "the next strike date for cleaners",
                "first date of the porters ballot", "last dates the cleaners struck"}) {
            assertThat(AnswerType.of(q)).as(q).isEqualTo(AnswerType.DATE);
        }
        assertThat(AnswerType.of("date night ideas")).isEqualTo(AnswerType.OTHER);
        assertThat(AnswerType.of("the next strike")).isEqualTo(AnswerType.OTHER);
    }

    @Test
    void should_keep_only_what_is_to_come_when_a_fragment_asks_for_the_next_date() {
        assertThat(Event.asksAboutFuture("next date the porters walk out")).isTrue();
        assertThat(Event.asksAboutFuture("the first date of the porters walkout")).isFalse();
        List<SentenceChoice.Scored> kept = kept("next date the porters walk out",
                "The porters walked out on Friday.", "The porters will walk out again on 3 March.");

        assertThat(kept).extracting(SentenceChoice.Scored::sentence)
                .containsExactly("The porters will walk out again on 3 March.");
    }

    @Test
    void should_drop_a_date_still_to_come_when_the_question_asks_when_something_happened() {
        List<SentenceChoice.Scored> kept = kept("when did the porters rota get published",
                "Asked on Friday whether the rota would be published next month, the manager said soon.",
                "The rota would be published next month, the manager said.");

        assertThat(kept).extracting(SentenceChoice.Scored::sentence).containsExactly(
                "Asked on Friday whether the rota would be published next month, the manager said soon.");
        assertThat(kept("when did the porters rota get published", "The rota will be published next week."))
                .isEmpty();
    }

    @Test
    void should_want_a_calendar_date_when_the_question_asks_what_date() {
        List<SentenceChoice.Scored> kept = kept("what date was the porters walkout",
                "The porters stage a walkout this week.", "The porters stage a walkout on 4 March.");

        assertThat(kept).extracting(SentenceChoice.Scored::sentence)
                .containsExactly("The porters stage a walkout on 4 March.");
        assertThat(kept("when is the porters walkout", "The porters stage a walkout this week.")).hasSize(1);
    }

    @Test
    void should_want_a_date_as_precise_as_asked_when_the_question_asks_what_day_dates_or_year() {
        String[][] cases = {
            {"what day did the porters walk out", "The porters walked out on Tuesday.",
                "The porters walked out, their pay back to 2010 levels."},
            {"which dates did the porters walk out", "The porters walk out on 3 March and 9 March.",
                "The porters walked out on Sunday, a manager said."},
            {"what year did the porters rota start", "The rota started in 2019.", "The rota started on Monday."}};
        for (String[] c : cases) {
            assertThat(kept(c[0], c[2], c[1])).as(c[0]).extracting(SentenceChoice.Scored::sentence)
                    .containsExactly(c[1]);
        }
        assertThat(kept("what day did the porters walk out", "The porters walked out in 2021.")).hasSize(1);
    }

    @Test
    void should_want_the_first_time_when_the_question_asks_when_something_was_first_done() {
        for (String q : new String[] {"when was the porters rota first promised", "how long ago did they first promise"
                + " the rota", "when was the rota originally promised"}) {
            List<SentenceChoice.Scored> kept = kept(q, "Asked on Sunday whether the rota was coming, she said yes.",
                    "The rota was first promised in 2019.");
            assertThat(kept).as(q).extracting(SentenceChoice.Scored::sentence)
                    .containsExactly("The rota was first promised in 2019.");
        }
        assertThat(kept("when was the rota first promised", "The rota was promised on Sunday, a positive first step."))
                .hasSize(1);
    }

    @Test
    void should_name_the_event_by_the_topic_when_the_question_after_it_only_stands_for_it() {
        List<SentenceChoice.Scored> candidates = new ArrayList<>();
        SearchHit hit = new SearchHit("a#0", "a", 0, "", "", null, "", "", 1.0);
        candidates.add(new SentenceChoice.Scored(hit, "The rota was first promised in 2019.",
                QueryTerms.setOf("The rota was first promised in 2019."), 1.0));
        String question = "when did they first say they would do one";

        Event.of(question, "the porters rota", PORTERS).keep(candidates,
                QuestionTerms.weigh(question, STATS, Equivalences.bundled()));
        assertThat(candidates).hasSize(1);
    }

    @Test
    void should_not_date_the_event_by_a_year_a_figure_is_measured_against_when_another_sentence_dates_it() {
        List<SentenceChoice.Scored> kept = kept("when did the porters walkout end",
                "The union wants pay back to 2010 levels to end the walkouts.",
                "The walkout ended at 7am on Thursday.");

        assertThat(kept).extracting(SentenceChoice.Scored::sentence)
                .containsExactly("The walkout ended at 7am on Thursday.");
        assertThat(kept("when did the porters walkout end", "Pay fell to 2010 levels as the walkout ended."))
                .hasSize(1);
    }

    @Test
    void should_want_when_it_began_when_the_question_asks_when_something_started() {
        for (String q : new String[] {"when did the porters dispute start", "when did the porters dispute begin"}) {
            List<SentenceChoice.Scored> kept = kept(q,
                    "From the start of the dispute, porters pay has fallen since 2010.",
                    "The porters dispute has now lasted since 2021.");
            assertThat(kept).as(q).extracting(SentenceChoice.Scored::sentence)
                    .containsExactly("The porters dispute has now lasted since 2021.");
        }
        assertThat(kept("when did the porters dispute start", "The porters dispute began in March 2021.",
                "The porters dispute cost £2m in 2022.")).hasSize(1);
    }

    @Test
    void should_ask_nothing_of_the_date_when_the_message_asks_two_questions() {
        assertThat(Event.of("when did the rota come out and when was it first promised", PORTERS).first()).isFalse();
        assertThat(Event.of("when was the rota first promised", PORTERS).first()).isTrue();
        assertThat(Event.of("what day did the porters walk out and why", PORTERS).precision()).isEmpty();
    }
}
