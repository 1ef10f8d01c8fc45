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
}
