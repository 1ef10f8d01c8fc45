package dev.picket.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a report only announces is no answer to what happened. */
class PlannedTest {

    @Test
    void should_find_the_event_only_announced_when_the_question_asks_what_happened() {
        assertThat(Planned.onlyAnnounced("what was the outcome of the cleaners vote",
                "The union plans to vote on the offer over the summer.")).isTrue();
        assertThat(Planned.onlyAnnounced("when did the rota get published",
                "Asked on Friday if the rota would be published soon, he said yes.")).isTrue();
    }

    @Test
    void should_not_find_it_announced_when_the_question_asks_about_plans_or_the_sentence_dates_the_event() {
        assertThat(Planned.onlyAnnounced("what will the cleaners vote on",
                "The union plans to vote on the offer over the summer.")).isFalse();
        assertThat(Planned.onlyAnnounced("when did the cleaners strike",
                "Cleaners are set to strike on 3 May and 9 May.")).isFalse();
        assertThat(Planned.onlyAnnounced("what did the office publish",
                "The office is expected to publish its review today.")).isFalse();
    }

    @Test
    void should_not_read_a_gerund_as_the_event_when_the_question_asks_for_a_view_of_a_plan() {
        assertThat(Planned.onlyAnnounced("what did staff think of hiring agency cleaners",
                "Staff criticised plans to hire agency cleaners.")).isFalse();
    }
}
