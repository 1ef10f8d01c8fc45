package dev.picket.retrieval.eval;

import java.util.List;
import java.util.Locale;

/**
 * The metrics of one run over a question set. Answerable questions are those not expected to abstain.
 *
 * @param recallAt5         answerable questions with a gold article in the top five passages
 * @param accuracy          answerable questions answered with the expected content
 * @param citationPrecision cited passages that come from a gold article
 * @param abstention        questions expected to abstain that did
 * @param falseAbstention   answerable questions that were declined
 */
public record EvalReport(List<EvalResult> results, double recallAt5, double accuracy, double citationPrecision,
                         double abstention, double falseAbstention, double p50Millis, double p95Millis) {

    static EvalReport of(List<EvalResult> results) {
        List<EvalResult> answerable = results.stream().filter(r -> !r.question().expectAbstain()).toList();
        List<EvalResult> withGold = answerable.stream().filter(r -> !r.question().gold().isEmpty()).toList();
        List<EvalResult> declinable = results.stream().filter(r -> r.question().expectAbstain()).toList();
        int cited = withGold.stream().mapToInt(r -> r.answer().citations().size()).sum();
        int citedGold = withGold.stream().mapToInt(EvalResult::citedGold).sum();
        double[] millis = results.stream().mapToDouble(EvalResult::millis).sorted().toArray();
        return new EvalReport(List.copyOf(results),
                share(withGold.stream().filter(EvalResult::goldInTop5).count(), withGold.size()),
                share(answerable.stream().filter(EvalResult::correct).count(), answerable.size()),
                share(citedGold, cited),
                share(declinable.stream().filter(r -> !r.answer().answered()).count(), declinable.size()),
                share(answerable.stream().filter(r -> !r.answer().answered()).count(), answerable.size()),
                percentile(millis, 0.50), percentile(millis, 0.95));
    }

    /** A plain-text report: one line per question, then the metrics. */
    public String format() {
        StringBuilder out = new StringBuilder();
        for (EvalResult r : results) {
            out.append(String.format(Locale.ROOT, "%-4s %-12s %-4s %-5s %d/%d cited gold %6.1f ms  %s%n",
                    r.question().id(), r.question().kind(), r.correct() ? "ok" : "FAIL", r.goldInTop5() ? "top5" : "-",
                    r.citedGold(), r.answer().citations().size(), r.millis(), oneLine(r.answer().answer())));
        }
        out.append(String.format(Locale.ROOT, "%nquestions          %d%n", results.size()));
        out.append(line("recall@5", recallAt5));
        out.append(line("accuracy", accuracy));
        out.append(line("citation precision", citationPrecision));
        out.append(line("abstention", abstention));
        out.append(line("false abstention", falseAbstention));
        out.append(String.format(Locale.ROOT, "latency p50        %.1f ms%nlatency p95        %.1f ms%n", p50Millis,
                p95Millis));
        return out.toString();
    }

    private static String line(String name, double value) {
        return String.format(Locale.ROOT, "%-18s %5.1f %%%n", name, value * 100);
    }

    private static String oneLine(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() > 400 ? flat.substring(0, 397) + "..." : flat;
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
