package dev.picket.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class AnswerTextTest {

    @Test
    void should_write_a_day_as_the_d_mmmm_yyyy_pattern_does_when_the_year_has_any_number_of_digits() {
        DateTimeFormatter pattern = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
        for (LocalDate d = LocalDate.of(2021, 12, 25); d.isBefore(LocalDate.of(2023, 2, 1)); d = d.plusDays(1)) {
            assertThat(AnswerText.day(d)).isEqualTo(pattern.format(d));
        }
        for (LocalDate d : List.of(LocalDate.of(5, 3, 1), LocalDate.of(99, 9, 9), LocalDate.of(999, 1, 31),
                LocalDate.of(9999, 12, 31), LocalDate.of(10000, 1, 1), LocalDate.of(0, 6, 1))) {
            assertThat(AnswerText.day(d)).isEqualTo(pattern.format(d));
        }
        assertThat(AnswerText.day(LocalDate.of(2025, 7, 30))).isEqualTo("30 July 2025");
    }
}
