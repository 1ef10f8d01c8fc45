package dev.picket.retrieval.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;

import dev.picket.retrieval.Answer;
import dev.picket.retrieval.Answerer;
import dev.picket.retrieval.PassageRetriever;
import dev.picket.retrieval.SearchHit;
import dev.picket.retrieval.answer.ExtractiveAnswerer;

/** Asks every question of a set and scores the answers and the retrieval behind them. */
public final class EvalRunner {

    /** Ranks are read this deep for MRR. */
    static final int DEPTH = 10;

    private final Answerer answerer;
    private final PassageRetriever retriever;
    private final ExtractiveAnswerer calibrated;

    public EvalRunner(Answerer answerer, PassageRetriever retriever) {
        this(answerer, retriever, null);
    }

    /**
     * @param calibrated an extractive answerer whose evidence is recorded for every question, to show where the
     *                   abstention threshold sits; null to skip
     */
    public EvalRunner(Answerer answerer, PassageRetriever retriever, ExtractiveAnswerer calibrated) {
        this.answerer = Objects.requireNonNull(answerer, "answerer");
        this.retriever = Objects.requireNonNull(retriever, "retriever");
        this.calibrated = calibrated;
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
            List<SearchHit> top = retriever.retrieve(q.question(), DEPTH);
            long start = System.nanoTime();
            Answer answer = answerer.answer(q.question());
            double millis = (System.nanoTime() - start) / 1e6;
            int goldRank = 0;
            for (int i = 0; i < top.size() && goldRank == 0; i++) {
                if (q.isGold(top.get(i).articleId())) {
                    goldRank = i + 1;
                }
            }
            int citedGold = (int) answer.citations().stream().filter(c -> q.isGold(c.articleId())).count();
            double evidence = calibrated == null ? Double.NaN : calibrated.evidence(q.question()).score();
            results.add(new EvalResult(q, answer, goldRank, citedGold, evidence, millis));
        }
        return EvalReport.of(results, calibrated == null ? Double.NaN : calibrated.minEvidence());
    }
}
