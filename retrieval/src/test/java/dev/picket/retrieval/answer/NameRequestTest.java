package dev.picket.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameRequestTest {

    @Test
    void should_ask_for_a_person_when_a_question_asks_for_the_name_of_a_role() {
        for (String q : new String[] {"the porters union leader name", "name of the trust chief executive",
                "head of the fire service, name", "whats the transport minister's name",
                "names of the officials at the talks"}) {
            assertThat(NameRequest.type(q, AnswerType.OTHER)).as(q).isEqualTo(AnswerType.PERSON);
        }
    }

    @Test
    void should_keep_the_type_when_the_name_asked_for_is_of_no_person() {
        assertThat(NameRequest.type("name of the porters union", AnswerType.OTHER)).isEqualTo(AnswerType.OTHER);
        assertThat(NameRequest.type("what name did the cleaners use for the deal", AnswerType.OTHER))
                .isEqualTo(AnswerType.OTHER);
        assertThat(NameRequest.type("porters named the leader", AnswerType.OTHER)).isEqualTo(AnswerType.OTHER);
    }

    @Test
    void should_leave_a_list_order_or_another_type_alone_when_the_question_has_one() {
        assertThat(NameRequest.type("name the leaders of the talks", AnswerType.OTHER)).isEqualTo(AnswerType.OTHER);
        assertThat(NameRequest.type("name the date the leader resigned", AnswerType.DATE)).isEqualTo(AnswerType.DATE);
    }
}
