package dev.picket.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import dev.picket.retrieval.SearchHit;
import dev.picket.retrieval.answer.SentenceChoice.Scored;
import org.junit.jupiter.api.Test;

/** A "why" leads with a cause and a "what do they want" with a demand, when one scores near the best. */
class CuedTest {

    private static Scored scored(String sentence, double score) {
        SearchHit hit = new SearchHit("a#0", "a", 0, "", "", null, "", sentence, score);
        return new Scored(hit, sentence, Set.of(), score);
    }

    private static List<Scored> first(QuestionKind kind, List<Scored> candidates) {
        return Cued.first(kind, candidates, c -> kind.isPlainlyAnsweredBy(c.sentence()));
    }

    @Test
    void should_lead_with_the_cause_when_a_why_question_best_matches_a_sentence_without_one() {
        Scored date = scored("Porters are due to walk out on the 3rd and the 9th.", 1.6);
        Scored cause = scored("Porters will walk out amid a row over staffing.", 1.3);
        assertThat(first(QuestionKind.CAUSE, List.of(date, cause))).containsExactly(cause, date);
        Scored because = scored("Cleaners struck because their hours were cut.", 1.2);
        assertThat(first(QuestionKind.CAUSE, List.of(date, because))).containsExactly(because, date);
    }

    @Test
    void should_keep_the_order_when_the_cause_scores_far_under_the_best() {
        Scored date = scored("Porters are due to walk out on the 3rd and the 9th.", 1.6);
        Scored cause = scored("Porters will walk out amid a row over staffing.", 0.9);
        assertThat(first(QuestionKind.CAUSE, List.of(date, cause))).containsExactly(date, cause);
    }

    @Test
    void should_not_read_a_schedule_or_an_effect_as_a_cause_when_ranking_a_why() {
        assertThat(QuestionKind.CAUSE.isPlainlyAnsweredBy("Guards are due to strike on Friday.")).isFalse();
        assertThat(QuestionKind.CAUSE.isPlainlyAnsweredBy("The walkouts led to 900 cancelled trains.")).isFalse();
        assertThat(QuestionKind.CAUSE.isPlainlyAnsweredBy("Trains were cancelled due to the walkout.")).isFalse();
        assertThat(QuestionKind.CAUSE.isPlainlyAnsweredBy("Guards walked out in protest at new rotas.")).isTrue();
        assertThat(QuestionKind.CAUSE.isPlainlyAnsweredBy("Guards would strike if talks failed because of pay."))
                .isFalse();
    }

    @Test
    void should_lead_with_the_demand_when_a_want_question_best_matches_a_sentence_without_one() {
        Scored talk = scored("The wardens met the council on Tuesday.", 1.4);
        Scored demand = scored("The wardens are calling for a 7% rise.", 1.1);
        assertThat(first(QuestionKind.DEMAND, List.of(talk, demand))).containsExactly(demand, talk);
    }

    @Test
    void should_leave_other_kinds_alone_when_ranking() {
        Scored a = scored("The wardens met the council on Tuesday.", 1.4);
        Scored b = scored("The wardens are calling for a 7% rise.", 1.1);
        assertThat(first(QuestionKind.FACT, List.of(a, b))).containsExactly(a, b);
        assertThat(first(QuestionKind.YES_NO, List.of(a, b))).containsExactly(a, b);
    }
}
