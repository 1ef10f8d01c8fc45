package dev.picket.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import dev.picket.retrieval.OnSampleVectors;
import dev.picket.retrieval.RetrievalMode;
import dev.picket.retrieval.SearchHit;
import org.junit.jupiter.api.Test;

/** The sentence after an event that a "why" asks about, or after the frame of a report of speech. */
class ContinuationTest extends OnSampleVectors {

    private static final SearchHit HIT = new SearchHit("a#0", "a", 0, "Porters walk out", "Gazette",
            LocalDate.of(2024, 1, 1), null, "Porters at the hospital walked out on Monday. They are angry over "
            + "unpaid overtime. Talks resume next week.", 1.0);

    @Test
    void should_want_the_next_sentence_when_the_first_gives_no_cause() {
        assertThat(Continuation.wanted(QuestionKind.CAUSE, "why did porters walk out",
                "Porters at the hospital walked out on Monday.")).isTrue();
        assertThat(Continuation.wanted(QuestionKind.CAUSE, "why did porters walk out",
                "Porters walked out because of unpaid overtime.")).isFalse();
        assertThat(Continuation.wanted(QuestionKind.FACT, "where did porters walk out",
                "Porters at the hospital walked out on Monday.")).isFalse();
    }

    @Test
    void should_want_the_quote_when_the_first_sentence_only_frames_what_someone_said() {
        assertThat(Continuation.wanted(QuestionKind.FACT, "what did the chief exec tell the bbc",
                "Speaking to the BBC, the chief executive gave her view.")).isTrue();
        assertThat(Continuation.wanted(QuestionKind.FACT, "what did the chief exec tell the bbc",
                "“We are not moving,” the chief executive told the BBC.")).isFalse();
    }

    @Test
    void should_take_the_sentence_after_when_it_is_in_the_same_passage() {
        SentenceChoice.Scored first = new SentenceChoice.Scored(HIT, "Porters at the hospital walked out on Monday.",
                Set.of(), 1.0);

        assertThat(Continuation.after(first, null)).get().extracting(SentenceChoice.Scored::sentence)
                .isEqualTo("They are angry over unpaid overtime.");
        assertThat(Continuation.after(new SentenceChoice.Scored(HIT, "Talks resume next week.", Set.of(), 1.0),
                null)).isEmpty();
    }

    @Test
    void should_quote_the_cause_when_it_follows_a_sentence_restating_the_question() {
        String answer = sample.answerer(RetrievalMode.HYBRID)
                .answer("why have striking resident doctors gone to war with the government")
                .answer();

        assertThat(answer).containsAnyOf("pay and working conditions", "pay restoration", "2008");
    }
}
