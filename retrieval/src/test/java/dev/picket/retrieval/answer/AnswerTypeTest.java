package dev.picket.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnswerTypeTest {

    @Test
    void should_leave_the_role_out_when_a_who_question_names_it_by_a_chat_word() {
        assertThat(AnswerType.withoutRelation("who is the porters union boss")).isEqualTo("who is the porters union");
        assertThat(AnswerType.withoutRelation("who is in charge of the coastguard")).isEqualTo("who is the coastguard");
        assertThat(AnswerType.withoutRelation("who heads the midwives college")).isEqualTo("who the midwives college");
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
}
