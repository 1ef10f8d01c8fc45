package dev.picket.retrieval.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;

import dev.picket.retrieval.Answer;
import dev.picket.retrieval.Answerer;
import dev.picket.retrieval.PassageRetriever;
import dev.picket.retrieval.SearchHit;

/** Asks every question of a set and scores the answers and the retrieval behind them. */
public final class EvalRunner {

    private final Answerer answerer;
    private final PassageRetriever retriever;

    public EvalRunner(Answerer answerer, PassageRetriever retriever) {
        this.answerer = Objects.requireNonNull(answerer, "answerer");
        this.retriever = Objects.requireNonNull(retriever, "retriever");
    }

    /**
     * @throws CancellationException when the thread is interrupted: a caller that stopped waiting should not
     *                               keep paying for the remaining questions (an LLM's calls cost money)
     */
    public EvalReport run(List<EvalQuestion> questions) {
        List<EvalResult> results = new ArrayList<>(questions.size());
        for (EvalQuestion q : questions) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("the evaluation was stopped after " + results.size() + " of "
                        + questions.size() + " questions");
            }
            List<SearchHit> top5 = retriever.retrieve(q.question(), 5);
            long start = System.nanoTime();
            Answer answer = answerer.answer(q.question());
            double millis = (System.nanoTime() - start) / 1e6;
            boolean goldInTop5 = top5.stream().anyMatch(h -> q.isGold(h.articleId()));
            int citedGold = (int) answer.citations().stream().filter(c -> q.isGold(c.articleId())).count();
            results.add(new EvalResult(q, answer, goldInTop5, citedGold, millis));
        }
        return EvalReport.of(results);
    }
}
