package dev.picket.retrieval.eval;

import dev.picket.retrieval.Answer;

/**
 * How one question went.
 *
 * @param goldRank  the rank, from 1, of the first passage from a gold article in the top ten; 0 when none
 * @param citedGold cited passages from a gold article
 * @param evidence  the answerer's evidence score for the question, or NaN when it does not expose one
 * @param millis    the answer's wall-clock time
 */
public record EvalResult(EvalQuestion question, Answer answer, int goldRank, int citedGold, double evidence,
                         double millis) {

    public boolean goldInTop5() {
        return goldRank >= 1 && goldRank <= 5;
    }

    public boolean correct() {
        return question.expectAbstain() ? !answer.answered() : answer.answered() && question.isCorrect(answer.answer());
    }
}
