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
    void should_not_read_what_the_strike_caused_as_its_cause_when_a_sentence_blames_the_strike() {
        assertThat(QuestionKind.CAUSE.isAnsweredBy("Wards paid a high price due to strike action.")).isFalse();
        assertThat(QuestionKind.CAUSE.isAnsweredBy("Clinics shut as a result of the walkouts.")).isFalse();
        assertThat(QuestionKind.CAUSE.isAnsweredBy("Delays were caused by the stoppages.")).isFalse();
        assertThat(QuestionKind.CAUSE.isAnsweredBy("Strikes in 2023 led to 40,000 cancellations.")).isFalse();
        assertThat(QuestionKind.CAUSE.isAnsweredBy("Clinics shut due to staff shortages.")).isTrue();
        assertThat(QuestionKind.CAUSE.isAnsweredBy("The cuts led to a ballot.")).isTrue();
    }

    @Test
    void should_take_a_sides_demand_for_the_cause_when_a_why_is_asked() {
        String demand = "The union has insisted the trust must restore the lost pay.";
        assertThat(QuestionKind.CAUSE.isPlainlyAnsweredBy(demand)).isTrue();
        assertThat(QuestionKind.CAUSE.isPlainlyAnsweredBy("Porters are calling for a 6% rise.")).isTrue();
        assertThat(QuestionKind.CAUSE.isPlainlyAnsweredBy("The minister said we must fix the rotas.")).isFalse();
        assertThat(QuestionKind.CAUSE.isPlainlyAnsweredBy("He wants talks to resume.")).isFalse();
    }

    @Test
    void should_weigh_a_cause_from_below_the_best_when_it_is_within_reach() {
        List<Scored> candidates = List.of(scored("Porters are due to walk out on the 3rd.", 1.6),
                scored("Porters met managers.", 1.5), scored("Porters will walk out amid a row over rotas.", 1.2),
                scored("Porters walked out in protest at cuts.", 0.5));
        List<Scored> cause = Cued.weighed(QuestionKind.CAUSE, candidates, 2, c -> QuestionKind.CAUSE
                .isPlainlyAnsweredBy(c.sentence()));
        assertThat(cause).containsExactly(candidates.get(0), candidates.get(1), candidates.get(2));
        List<Scored> fact = Cued.weighed(QuestionKind.FACT, candidates, 2, c -> true);
        assertThat(fact).containsExactly(candidates.get(0), candidates.get(1));
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
