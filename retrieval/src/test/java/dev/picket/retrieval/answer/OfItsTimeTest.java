package dev.picket.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.picket.retrieval.SearchHit;
import dev.picket.retrieval.index.QueryTerms;
import dev.picket.retrieval.search.TimeIntent;
import org.junit.jupiter.api.Test;

/** A figure of another year's report answers nothing about the year a question names. */
class OfItsTimeTest {

    private static SentenceChoice.Scored sentence(String text, LocalDate published) {
        SearchHit hit = new SearchHit(text + "#0", text, 0, "", "", published, "", text, 1.0);
        return new SentenceChoice.Scored(hit, text, QueryTerms.setOf(text), 1.0);
    }

    private static List<String> kept(AnswerType type, String question, SentenceChoice.Scored... sentences) {
        List<SentenceChoice.Scored> candidates = new ArrayList<>(List.of(sentences));
        OfItsTime.keepFigures(type, TimeIntent.of(question), candidates);
        return candidates.stream().map(SentenceChoice.Scored::sentence).toList();
    }

    private static final SentenceChoice.Scored OLD = sentence("Some 4,000 porters walked out.", LocalDate.of(2021, 3, 2));
    private static final SentenceChoice.Scored NEW = sentence("About 900 porters walked out.", LocalDate.of(2023, 5, 9));
    private static final SentenceChoice.Scored RECALLS = sentence("In 2023 some 900 porters walked out, a union said.",
            LocalDate.of(2021, 3, 2));

    @Test
    void should_drop_a_figure_of_another_years_report_when_the_question_names_a_year() {
        assertThat(kept(AnswerType.COUNT, "how many porters walked out in 2023", OLD, NEW))
                .containsExactly("About 900 porters walked out.");
        assertThat(kept(AnswerType.MONEY, "how much were cleaners paid in may 2023", OLD, NEW))
                .containsExactly("About 900 porters walked out.");
        assertThat(kept(AnswerType.DURATION, "how long was the 2021 stoppage", OLD, NEW))
                .containsExactly("Some 4,000 porters walked out.");
    }

    @Test
    void should_keep_a_figure_of_another_report_when_it_names_the_year_asked_about() {
        assertThat(kept(AnswerType.COUNT, "how many porters walked out in 2023", OLD, RECALLS))
                .containsExactly("In 2023 some 900 porters walked out, a union said.");
    }

    @Test
    void should_keep_every_figure_when_the_question_names_no_time() {
        assertThat(kept(AnswerType.COUNT, "how many porters walked out", OLD, NEW)).hasSize(2);
        assertThat(kept(AnswerType.NUMBER, "what share of porters voted yes", OLD, NEW)).hasSize(2);
    }

    @Test
    void should_keep_other_facts_of_another_time_when_the_question_asks_for_no_figure() {
        assertThat(kept(AnswerType.DATE, "when did porters walk out in 2023", OLD, NEW)).hasSize(2);
        assertThat(kept(AnswerType.PERSON, "who led the porters in 2023", OLD, NEW)).hasSize(2);
        assertThat(kept(AnswerType.OTHER, "why did porters strike in 2023", OLD, NEW)).hasSize(2);
    }
}
