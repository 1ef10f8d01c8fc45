package dev.picket.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DiscourseTagsTest {

    @Test
    void should_drop_a_closing_right_when_it_asks_for_confirmation() {
        assertThat(DiscourseTags.without("the porters voted in march right")).isEqualTo("the porters voted in march");
        assertThat(DiscourseTags.without("the porters voted in march, right?"))
                .isEqualTo("the porters voted in march, ?");
        assertThat(DiscourseTags.without("that was the cleaners right, how long did they strike"))
                .isEqualTo("that was the cleaners , how long did they strike");
    }

    @Test
    void should_keep_right_when_it_is_a_noun_or_part_of_a_phrase() {
        assertThat(DiscourseTags.without("do porters have the right")).isEqualTo("do porters have the right");
        assertThat(DiscourseTags.without("is the trust all right")).isEqualTo("is the trust all right");
        assertThat(DiscourseTags.without("what are the porters' rights")).isEqualTo("what are the porters' rights");
        assertThat(DiscourseTags.without("what is happening right now")).isEqualTo("what is happening right now");
        assertThat(DiscourseTags.without("did the trust get it right on pay"))
                .isEqualTo("did the trust get it right on pay");
    }

    @Test
    void should_drop_a_closing_yes_or_no_alternative_when_it_only_asks_for_an_answer() {
        assertThat(DiscourseTags.without("will the trust pay up or not")).isEqualTo("will the trust pay up");
        assertThat(DiscourseTags.without("will the trust pay up, or is that a no?")).isEqualTo("will the trust pay up");
        assertThat(DiscourseTags.without("is the ballot open or what")).isEqualTo("is the ballot open");
        assertThat(DiscourseTags.without("porters or cleaners")).isEqualTo("porters or cleaners");
        assertThat(DiscourseTags.without("is it porters or nothing")).isEqualTo("is it porters or nothing");
    }

    @Test
    void should_drop_an_idiom_of_emphasis_when_it_names_no_topic() {
        assertThat(DiscourseTags.without("why did the porters strike in the first place"))
                .isEqualTo("why did the porters strike");
        assertThat(DiscourseTags.without("at the end of the day who pays the cleaners"))
                .isEqualTo("who pays the cleaners");
        assertThat(DiscourseTags.without("is the depot closed by any chance")).isEqualTo("is the depot closed");
        assertThat(DiscourseTags.without("which place did the porters come first"))
                .isEqualTo("which place did the porters come first");
    }

    @Test
    void should_keep_the_question_when_nothing_else_would_be_left() {
        assertThat(DiscourseTags.without("right")).isEqualTo("right");
        assertThat(DiscourseTags.without("or not")).isEqualTo("or not");
    }

    @Test
    void should_read_the_question_without_tags_when_it_is_made_plain() {
        assertThat(QuestionText.plain("the cleaners struck in 2021 right")).isEqualTo("the cleaners struck in 2021");
        assertThat(QuestionText.plain("any more strikes planned or not tho")).isEqualTo("any more strikes planned");
    }
}
