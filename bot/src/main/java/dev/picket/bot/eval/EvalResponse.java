package dev.picket.bot.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.picket.retrieval.Citation;
import dev.picket.retrieval.eval.EvalQuestion;
import dev.picket.retrieval.eval.EvalReport;
import dev.picket.retrieval.eval.EvalResult;

/**
 * The body of {@code POST /api/eval}: one row per question, then the metrics of the whole run.
 *
 * @param set   {@code dev} for the bundled dev set, {@code posted} for a set sent by the caller
 * @param modes how the answers were written ({@code extractive}, {@code llm}), in order of first use
 */
record EvalResponse(String set, int questions, int passed, List<String> modes, Metrics metrics, List<Row> rows) {

    static EvalResponse of(String set, EvalReport report) {
        List<Row> rows = report.results().stream().map(Row::of).toList();
        List<String> modes = report.results().stream().map(r -> r.answer().mode()).distinct().toList();
        return new EvalResponse(set, rows.size(), (int) rows.stream().filter(Row::passed).count(), modes,
                Metrics.of(report), rows);
    }

    /** Shares from 0 to 1; latencies in milliseconds. */
    record Metrics(double recallAt5, double accuracy, double citationPrecision, double abstention,
                   double falseAbstention, double p50Ms, double p95Ms) {

        static Metrics of(EvalReport r) {
            return new Metrics(round(r.recallAt5(), 4), round(r.accuracy(), 4), round(r.citationPrecision(), 4),
                    round(r.abstention(), 4), round(r.falseAbstention(), 4), round(r.p50Millis(), 2),
                    round(r.p95Millis(), 2));
        }
    }

    /**
     * @param passed      answered with the expected content, or declined when declining was expected
     * @param goldInTop5  a gold article among the top five retrieved passages
     * @param cited       the cited articles, each once, in order of first citation
     */
    record Row(String id, String kind, String question, boolean passed, boolean expectAbstain, boolean answered,
               boolean goldInTop5, String answer, List<CitedArticle> cited, double millis) {

        static Row of(EvalResult r) {
            EvalQuestion q = r.question();
            return new Row(q.id(), q.kind(), q.question(), r.correct(), q.expectAbstain(), r.answer().answered(),
                    r.goldInTop5(), r.answer().answer(), CitedArticle.of(q, r.answer().citations()),
                    round(r.millis(), 2));
        }
    }

    /** @param gold whether the question names this article as one holding the answer */
    record CitedArticle(String articleId, String title, String source, LocalDate published, boolean gold) {

        static List<CitedArticle> of(EvalQuestion q, List<Citation> citations) {
            Map<String, CitedArticle> byId = new LinkedHashMap<>();
            for (Citation c : citations) {
                byId.putIfAbsent(c.articleId(), new CitedArticle(c.articleId(), c.title(), c.source(), c.published(),
                        q.isGold(c.articleId())));
            }
            return new ArrayList<>(byId.values());
        }
    }

    private static double round(double value, int places) {
        double scale = Math.pow(10, places);
        return Math.round(value * scale) / scale;
    }
}
