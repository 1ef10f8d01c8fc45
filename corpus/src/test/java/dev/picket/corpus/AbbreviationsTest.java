package dev.picket.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class AbbreviationsTest {

    @Test
    void should_read_a_definition_when_an_article_gives_the_abbreviation_in_brackets() {
        Abbreviations a = Abbreviations.from(List.of(
                "The chief of the Royal College of Nursing (RCN), Pat Cullen, spoke.",
                "Staff at the Department for Work and Pensions (DWP) walked out."));

        assertThat(a.longForm("RCN")).contains("Royal College of Nursing");
        assertThat(a.longForm("rcn")).contains("Royal College of Nursing");
        assertThat(a.longForm("DWP")).contains("Department for Work and Pensions");
    }

    @Test
    void should_spell_out_initials_when_a_name_is_used_without_its_abbreviation() {
        Abbreviations a = Abbreviations.from(List.of(
                "Net migration reached a record, according to the Office for National Statistics."));

        assertThat(a.longForm("ONS")).contains("Office for National Statistics");
    }

    @Test
    void should_define_nothing_when_the_bracketed_letters_are_not_the_names_initials() {
        Abbreviations a = Abbreviations.from(List.of("Members of the Royal College of Nursing (RN) voted."));

        assertThat(a.longForm("RN")).isEmpty();
        assertThat(a.longForm("RCN")).contains("Royal College of Nursing");
    }

    @Test
    void should_prefer_the_definition_when_initials_would_point_elsewhere() {
        Abbreviations a = Abbreviations.from(List.of("The British Medical Association (BMA) met.",
                "Later the Birmingham Music Archive opened."));

        assertThat(a.longForm("BMA")).contains("British Medical Association");
    }

    @Test
    void should_not_guess_when_two_names_share_initials() {
        Abbreviations a = Abbreviations.from(List.of("The Health Secretary spoke.", "The Home Secretary replied."));

        assertThat(a.longForm("HS")).isEmpty();
    }

    @Test
    void should_keep_the_first_definition_when_a_later_article_defines_it_again() {
        Abbreviations a = Abbreviations.builder().add("the National Health Service (NHS) said")
                .add("a National Hockey Society (NHS) said").build();

        assertThat(a.longForm("NHS")).contains("National Health Service");
    }

    @Test
    void should_stay_empty_when_the_text_has_no_names() {
        assertThat(Abbreviations.from(List.of("no capitals here at all, (abc) either.")).isEmpty()).isTrue();
    }
}
