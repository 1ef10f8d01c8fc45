package dev.picket.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

    private static final SearchHit QUOTED = new SearchHit("b#0", "b", 0, "Porters", "Gazette",
            LocalDate.of(2024, 1, 1), null, "The chief executive ended her speech by saying: \u201cWe will not move. "
            + "But the door is open.\u201d Porters met on Monday. Cleaners met on Tuesday.", 1.0);

    @Test
    void should_see_an_open_quotation_when_a_sentence_does_not_close_it() {
        assertThat(Continuation.opensQuote("She ended by saying: \u201cWe will not move.")).isTrue();
        assertThat(Continuation.opensQuote("She said: \"We will not move.")).isTrue();
        assertThat(Continuation.opensQuote("\u201cWe will not move,\u201d she said.")).isFalse();
        assertThat(Continuation.opensQuote("She said \"no\" twice.")).isFalse();
        assertThat(Continuation.opensQuote("The porters\u2019 union met.")).isFalse();
    }

    @Test
    void should_quote_the_rest_of_a_quotation_next_when_the_first_sentence_leaves_it_open() {
        SentenceChoice.Scored first = new SentenceChoice.Scored(QUOTED,
                "The chief executive ended her speech by saying: \u201cWe will not move.", Set.of(), 1.0);
        SentenceChoice.Scored other = new SentenceChoice.Scored(QUOTED, "Cleaners met on Tuesday.", Set.of(), 0.8);
        List<SentenceChoice.Scored> chosen = new ArrayList<>(List.of(first, other));
        Continuation.extend(QuestionKind.FACT, "how did the chief exec end her speech", chosen, null, 2);
        assertThat(chosen).extracting(SentenceChoice.Scored::sentence)
                .containsExactly(first.sentence(), "But the door is open.\u201d", other.sentence());
    }

    @Test
    void should_leave_the_answer_alone_when_its_first_sentence_closes_its_quotes() {
        SentenceChoice.Scored first = new SentenceChoice.Scored(QUOTED, "Porters met on Monday.", Set.of(), 1.0);
        List<SentenceChoice.Scored> chosen = new ArrayList<>(List.of(first));
        Continuation.extend(QuestionKind.FACT, "when did porters meet", chosen, null, 3);
        assertThat(chosen).containsExactly(first);
    }
}
