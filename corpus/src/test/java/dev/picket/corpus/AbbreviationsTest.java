package dev.picket.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
        Abbreviations a = Abbreviations.from(List.of("The Health Service Journal said.", "The Home Security Journal replied."));

        assertThat(a.longForm("HSJ")).isEmpty();
    }

    @Test
    void should_not_guess_two_letters_when_only_a_name_gives_them() {
        Abbreviations a = Abbreviations.from(List.of("Pat Cullen spoke in Downing Street to Mr Streeting."));

        assertThat(a.asMap()).doesNotContainKeys("PC", "DS", "MS");
        assertThat(Abbreviations.from(List.of("the Prime Minister (PM) said")).longForm("PM")).contains("Prime Minister");
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

    @Test
    void should_build_the_same_table_when_merging_each_texts_snapshot() {
        String first = Abbreviations.builder().add("The Royal College of Nursing (RCN) said so.")
                .add("The Health Service Journal said.").snapshot();
        String second = Abbreviations.builder().add("The Home Security Journal replied to the Office for National "
                + "Statistics.").snapshot();

        Abbreviations merged = Abbreviations.builder().addSnapshot(first).addSnapshot(second).build();

        assertThat(merged.asMap()).isEqualTo(Abbreviations.from(List.of("The Royal College of Nursing (RCN) said so.",
                "The Health Service Journal said.", "The Home Security Journal replied to the Office for National "
                + "Statistics.")).asMap());
        assertThat(merged.longForm("RCN")).contains("Royal College of Nursing");
        assertThat(merged.longForm("HSJ")).as("ambiguous across snapshots").isEmpty();
    }

    @Test
    void should_keep_initials_ambiguous_when_a_snapshot_of_an_ambiguous_table_is_merged_again() {
        String ambiguous = Abbreviations.builder().add("The Health Service Journal said.")
                .add("The Home Security Journal replied.").add("The High Street Journal came.").snapshot();

        Abbreviations merged = Abbreviations.builder().addSnapshot(ambiguous).addSnapshot("N\tHSJ\tHealth Service Journal\n")
                .addSnapshot("garbage line\n").build();

        assertThat(ambiguous.lines().filter(l -> l.startsWith("N\tHSJ\t"))).as("two names are kept, not all").hasSize(2);
        assertThat(merged.longForm("HSJ")).isEmpty();
    }

    @Test
    void should_find_what_a_search_at_every_position_finds_when_brackets_crowd_and_nest() {
        // The definition pattern as it was matched over the whole text, before the search went bracket by bracket.
        Pattern defined = Pattern.compile(
                "((?:\\p{Lu}[\\p{L}'’-]*[ ,]+(?:(?:of|for|and|the|on|in|&) )*)+)\\((\\p{Lu}{2,6})\\)");
        String[] words = {"Royal", "College", "of", "Nursing", "(RCN)", "(RC)", "(RCON)", "(ABCDEFG)", "(", ")", ",",
                "the", "National", "Health", "Service", "(NHS)", "(N)", "\u00c9cole", "(\u00c9C)", "x", ".", "and",
                "(NHS", "Health)", "(CN)(NHS)", "Nursing(RCN)", "\n", "O'Neil", "Home-Office", "(HO)", "(ONH)"};
        Random random = new Random(7);
        for (int n = 0; n < 3_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int w = random.nextInt(40); w > 0; w--) {
                text.append(words[random.nextInt(words.length)]).append(random.nextInt(5) == 0 ? "" : " ");
            }
            StringBuilder expected = new StringBuilder();
            Matcher m = defined.matcher(text);
            while (m.find()) {
                Abbreviations.definedName(m.group(1), m.group(2))
                        .ifPresent(name -> expected.append(m.group(2)).append('=').append(name).append(';'));
            }
            StringBuilder found = new StringBuilder();
            Abbreviations.Builder builder = Abbreviations.builder().add(text.toString());
            builder.snapshot().lines().filter(l -> l.startsWith("D\t"))
                    .forEach(l -> found.append(l.split("\t")[1]).append('=').append(l.split("\t")[2]).append(';'));

            assertThat(found.toString()).as(text.toString()).isEqualTo(firstOfEach(expected.toString()));
        }
    }

    // The builder keeps the first definition of each abbreviation.
    private static String firstOfEach(String definitions) {
        Map<String, String> first = new LinkedHashMap<>();
        for (String d : definitions.split(";")) {
            if (!d.isEmpty()) {
                first.putIfAbsent(d.substring(0, d.indexOf('=')), d);
            }
        }
        return first.values().stream().map(d -> d + ";").reduce("", String::concat);
    }
}
