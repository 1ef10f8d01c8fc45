package dev.picket.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TwoPartTest {

    @Test
    void should_read_the_question_after_a_comma_when_the_message_opens_with_its_topic() {
        assertThat(TwoPart.asked("the bin collectors dispute, when did it begin"))
                .isEqualTo("when did the bin collectors dispute begin");
        assertThat(AnswerType.of(TwoPart.asked("the rail fare freeze, when was it announced")))
                .isEqualTo(AnswerType.DATE);
        assertThat(AnswerType.of(TwoPart.asked("the harbour master - who is she")))
                .isEqualTo(AnswerType.PERSON);
        assertThat(AnswerType.of(TwoPart.asked("the new rail chief, who was he before")))
                .isEqualTo(AnswerType.PERSON);
    }

    @Test
    void should_read_the_question_after_a_dash_when_the_topic_comes_first() {
        assertThat(AnswerType.of(TwoPart.asked("the teachers walkout - how many schools shut")))
                .isEqualTo(AnswerType.COUNT);
        assertThat(AnswerType.of(TwoPart.asked("council budget \u2013 how much was cut")).isFigure()).isTrue();
        assertThat(AnswerType.of(TwoPart.asked("the port inquiry - where will it sit")))
                .isEqualTo(AnswerType.PLACE);
    }

    @Test
    void should_count_the_topics_plural_noun_when_the_question_says_them() {
        assertThat(AnswerType.measured(TwoPart.asked("the bus drivers stoppage, how many of them walked out")))
                .hasValueSatisfying(m -> assertThat(m.counted()).isEqualTo("drivers"));
        assertThat(AnswerType.measured(TwoPart.asked("the nurses' ballot, how many of them said yes")))
                .hasValueSatisfying(m -> assertThat(m.counted()).isEqualTo("nurses"));
        assertThat(TwoPart.asked("the postal workers, how many of them got the letter"))
                .isEqualTo("how many of workers got the letter");
    }

    @Test
    void should_keep_the_message_when_it_opens_with_a_question_word() {
        assertThat(TwoPart.asked("how many porters, roughly, went out")).isEqualTo("how many porters, roughly, went out");
        assertThat(TwoPart.asked("when is the vote, who knows")).isEqualTo("when is the vote, who knows");
    }

    @Test
    void should_keep_the_message_when_no_question_follows_the_comma() {
        assertThat(TwoPart.asked("the cleaners, the porters and the cooks")).isEqualTo("the cleaners, the porters and the cooks");
        assertThat(TwoPart.asked("tell me about the pay award - briefly")).isEqualTo("tell me about the pay award - briefly");
        assertThat(TwoPart.asked(", when is it")).isEqualTo(", when is it");
    }

    @Test
    void should_keep_the_message_when_the_question_after_the_topic_asks_for_no_kind_of_fact() {
        assertThat(TwoPart.asked("the ferry strike, what happened next")).isEqualTo("the ferry strike, what happened next");
        assertThat(TwoPart.asked("the council vote - what did they decide"))
                .isEqualTo("the council vote - what did they decide");
        assertThat(TwoPart.asked("the port dispute, which side gave way"))
                .isEqualTo("the port dispute, which side gave way");
        assertThat(TwoPart.asked("that bonus, how come it was dropped")).isEqualTo("that bonus, how come it was dropped");
    }

    @Test
    void should_not_ask_for_a_person_when_who_asks_about_a_thing() {
        assertThat(TwoPart.asked("the inflation figures, who put them out"))
                .isEqualTo("the inflation figures, who put them out");
        assertThat(TwoPart.asked("that ferry contract, who signed it")).isEqualTo("that ferry contract, who signed it");
    }

    @Test
    void should_ask_since_when_when_the_question_after_the_topic_asks_how_long_it_has_gone_on() {
        assertThat(TwoPart.asked("the dockers, how long have they been on strike"))
                .isEqualTo("how long have dockers been on strike");
        assertThat(AnswerType.of(TwoPart.asked("the dockers, how long have they been on strike")))
                .isEqualTo(AnswerType.SPAN);
        assertThat(AnswerType.of(TwoPart.asked("the bridge closure, how long will it last")))
                .isEqualTo(AnswerType.DURATION);
    }

    @Test
    void should_give_the_topic_when_a_message_names_it_before_its_question() {
        String plain = "the ferry contract, when was it signed";
        assertThat(TwoPart.topic(plain, TwoPart.asked(plain))).isEqualTo("the ferry contract");
        assertThat(TwoPart.topic("when was the ferry contract signed", "when was the ferry contract signed")).isEmpty();
    }
}
