package dev.picket.retrieval.index;

import static dev.picket.retrieval.TestArticles.article;
import static dev.picket.retrieval.TestArticles.corpus;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VocabularyTest {

    private static final LocalDate DAY = LocalDate.of(2024, 1, 1);

    @TempDir
    Path tmp;
    private PassageIndex index;

    @BeforeEach
    void open() {
        index = PassageIndex.open(tmp.resolve("index"));
        index.sync(corpus(
                article("a", "X", DAY, "The health secretary met the union.", "The secretary said talks would go on.",
                        "A strike was called."),
                article("b", "X", DAY, "A secretary of state spoke.", "The second round of talks ended."),
                article("d", "X", DAY, "Appointments were cancelled.", "Another appointment was moved.",
                        "An apology was made."),
                article("c", "X", DAY, "Paramedics and paramilitary police were named once each.")));
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void should_complete_a_shortened_word_when_one_completion_is_clearly_the_commonest() {
        assertThat(index.vocabularyTerm("sec")).isEqualTo(index.vocabularyTerm("secretary"));
    }

    @Test
    void should_read_a_contraction_as_its_word_when_the_stub_keeps_only_consonants_after_its_first_letter() {
        assertThat(index.vocabularyTerm("appt")).startsWith("appoint");
        assertThat(index.vocabularyTerm("scrt")).startsWith("secretar");
        // With a vowel after its first letter a stub is a word's beginning, not a contraction.
        assertThat(index.vocabularyTerm("apot")).isEqualTo("apot");
    }

    @Test
    void should_leave_a_stub_as_it_is_when_its_completions_are_as_common_as_each_other() {
        assertThat(index.vocabularyTerm("para")).isEqualTo("para");
    }

    @Test
    void should_leave_a_stub_as_it_is_when_nothing_in_the_index_begins_with_it() {
        assertThat(index.vocabularyTerm("gpx")).isEqualTo("gpx");
    }

    @Test
    void should_keep_a_word_the_index_holds_when_it_is_also_the_start_of_a_longer_one() {
        assertThat(index.vocabularyTerm("met")).isEqualTo("met");
    }

    @Test
    void should_restore_a_left_out_letter_when_a_five_letter_word_is_missing_one() {
        assertThat(index.vocabularyTerm("stike")).isEqualTo("strike");
        assertThat(index.vocabularyTerm("woulx")).isEqualTo("woulx");
    }
}
