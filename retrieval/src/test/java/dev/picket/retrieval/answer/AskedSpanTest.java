package dev.picket.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class AskedSpanTest {

    private static final LocalDate DEC_2022 = LocalDate.of(2022, 12, 11);
    private static final LocalDate MAY_2023 = LocalDate.of(2023, 5, 28);
    private static final LocalDate JUL_2024 = LocalDate.of(2024, 7, 10);
    private static final LocalDate JUL_2025 = LocalDate.of(2025, 7, 30);

    @Test
    void should_cover_every_day_when_no_year_is_named() {
        AskedSpan span = AskedSpan.of("tl;dr of the whole thing");

        assertThat(span.isAll()).isTrue();
        assertThat(span.covers(DEC_2022)).isTrue();
        assertThat(span.covers(null)).isTrue();
    }

    @Test
    void should_cover_only_the_years_named_when_no_range_is_asked() {
        AskedSpan span = AskedSpan.of("the 2022 and 2025 strikes");

        assertThat(span.covers(DEC_2022)).isTrue();
        assertThat(span.covers(MAY_2023)).isFalse();
        assertThat(span.covers(JUL_2025)).isTrue();
        assertThat(span.covers(null)).isFalse();
    }

    @Test
    void should_cover_the_years_between_when_a_range_is_asked() {
        for (String q : new String[] {"from 2022 to 2024", "between 2022 and 2024", "2022-2024", "2022 - 2024", "2022 to 2024"}) {
            AskedSpan span = AskedSpan.of(q);

            assertThat(span.covers(DEC_2022)).as(q).isTrue();
            assertThat(span.covers(MAY_2023)).as(q).isTrue();
            assertThat(span.covers(JUL_2024)).as(q).isTrue();
            assertThat(span.covers(JUL_2025)).as(q).isFalse();
        }
    }

    @Test
    void should_run_on_to_the_newest_report_when_the_range_is_open() {
        for (String q : new String[] {"since 2023", "from 2023 to now", "2023 onwards", "from 2023 so far", "2023 till now"}) {
            AskedSpan span = AskedSpan.of(q);

            assertThat(span.covers(DEC_2022)).as(q).isFalse();
            assertThat(span.covers(MAY_2023)).as(q).isTrue();
            assertThat(span.covers(JUL_2025)).as(q).isTrue();
        }
    }

    @Test
    void should_cover_one_month_when_a_month_and_year_are_named() {
        AskedSpan span = AskedSpan.of("the dec 2022 strikes");

        assertThat(span.covers(DEC_2022)).isTrue();
        assertThat(span.covers(LocalDate.of(2022, 11, 30))).isFalse();
    }
}
