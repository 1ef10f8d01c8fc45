package dev.picket.retrieval.eval;

import dev.picket.retrieval.Answer;

/**
 * How one question went.
 *
 * @param goldInTop5     a gold article among the top five retrieved passages
 * @param citedGold      cited passages from a gold article
 * @param millis         the answer's wall-clock time
 */
public record EvalResult(EvalQuestion question, Answer answer, boolean goldInTop5, int citedGold, double millis) {

    public boolean correct() {
        return question.expectAbstain() ? !answer.answered() : answer.answered() && question.isCorrect(answer.answer());
    }
}
