package dev.picket.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuestionTextTest {

    @Test
    void should_spell_out_chat_words_and_months_when_a_question_is_typed_in_a_hurry() {
        assertThat(QuestionText.plain("wot r u saying about the strike in Dec. pls"))
                .isEqualTo("what are you saying about the strike in december");
        assertThat(QuestionText.plain("whos leading the walkout tho")).isEqualTo("who is leading the walkout");
        assertThat(QuestionText.plain("what do porters want pay wise")).isEqualTo("what do porters want pay");
    }

    @Test
    void should_read_a_two_digit_year_when_an_apostrophe_marks_it() {
        assertThat(QuestionText.plain("strikes in nov '23")).isEqualTo("strikes in november 2023");
        assertThat(QuestionText.plain("strikes on december 20")).isEqualTo("strikes on december 20");
    }

    @Test
    void should_drop_a_closing_comparison_when_it_only_says_why_the_question_is_asked() {
        assertThat(QuestionText.withoutComparison("did the porters take 5% like the cleaners did"))
                .isEqualTo("did the porters take 5%");
        assertThat(QuestionText.withoutComparison("will the trust meet the porters as it did with the cleaners"))
                .isEqualTo("will the trust meet the porters");
        assertThat(QuestionText.withoutComparison("are porters paid like cleaners")).isEqualTo("are porters paid like cleaners");
        assertThat(QuestionText.withoutComparison("like the cleaners did")).isEqualTo("like the cleaners did");
    }

    @Test
    void should_leave_words_alone_when_they_only_contain_a_chat_spelling() {
        assertThat(QuestionText.plain("rural nurses and junior docs")).isEqualTo("rural nurses and junior docs");
    }

    @Test
    void should_write_out_chat_contractions_when_a_question_uses_them() {
        assertThat(QuestionText.plain("r the porters gonna walk out")).isEqualTo("are the porters going to walk out");
        assertThat(QuestionText.plain("wat do they wanna get")).isEqualTo("what do they want to get");
        assertThat(QuestionText.spelledOut("y r the midwives out rn")).isEqualTo("why are the midwives out right now");
    }

    @Test
    void should_write_out_chat_abbreviations_of_a_rank_and_an_appointment_when_a_question_uses_them() {
        assertThat(QuestionText.spelledOut("when do jr porters get their appts back"))
                .isEqualTo("when do junior porters get their appointments back");
        assertThat(QuestionText.spelledOut("my appt got moved")).isEqualTo("my appointment got moved");
    }

    @Test
    void should_drop_only_whole_filler_words_when_they_touch_other_characters() {
        assertThat(QuestionText.plain("ok so when is the strike lol")).isEqualTo("so when is the strike");
        assertThat(QuestionText.plain("which hospitals, tho?")).isEqualTo("which hospitals, ?");
        assertThat(QuestionText.plain("okaying the likely thanksgiving deal"))
                .isEqualTo("okaying the likely thanksgiving deal");
        assertThat(QuestionText.plain("the_ok deal")).isEqualTo("the_ok deal");
    }

    @Test
    void should_fold_white_space_when_a_question_has_tabs_or_double_spaces() {
        assertThat(QuestionText.plain("when  is\tthe \n strike")).isEqualTo("when is the strike");
        assertThat(QuestionKind.normalised(" When is the strike ")).isEqualTo("when is the strike");
        assertThat(QuestionKind.singleSpaced("a b")).isEqualTo("a b");
        assertThat(QuestionKind.singleSpaced("a\u000Bb\f\rc")).isEqualTo("a b c");
    }

    @Test
    void should_spell_out_a_chat_word_only_when_it_stands_alone() {
        assertThat(QuestionText.spelledOut("u.")).isEqualTo("you");
        assertThat(QuestionText.spelledOut("'u are")).isEqualTo("'u are");
        assertThat(QuestionText.spelledOut("ünu rn2")).isEqualTo("ünu rn2");
        assertThat(QuestionText.spelledOut("when is it, rn?")).isEqualTo("when is it, right now?");
    }

    @Test
    void should_write_out_apostrophe_contractions_when_the_analyser_would_keep_them_whole() {
        assertThat(QuestionText.plain("didn't the porters say they're out")).isEqualTo("did not the porters say they are out");
        assertThat(QuestionText.plain("can't they and won't they")).isEqualTo("can not they and will not they");
        assertThat(QuestionText.plain("i'm asking what we've heard")).isEqualTo("i am asking what we have heard");
        assertThat(QuestionText.plain("the porters' pay, the trust's offer")).isEqualTo("the porters' pay, the trust's offer");
    }

    @Test
    void should_spell_out_chat_forms_when_they_stand_for_short_words() {
        assertThat(QuestionText.plain("gimme the talks w the trust n the porters")).isEqualTo(
                "give me the talks with the trust and the porters");
        assertThat(QuestionText.plain("didnt they say theyre out")).isEqualTo("did not they say they are out");
    }

    @Test
    void should_read_a_group_as_itself_when_chat_calls_it_that_lot() {
        assertThat(QuestionText.plain("when do the porter lot go out")).isEqualTo("when do the porter go out");
        assertThat(QuestionText.plain("a lot of porters")).isEqualTo("a lot of porters");
    }

    @Test
    void should_drop_a_closing_comparison_when_filler_would_take_its_like() {
        assertThat(QuestionText.plain("did the porters take 5% like the cleaners did")).isEqualTo(
                "did the porters take 5%");
    }
}
