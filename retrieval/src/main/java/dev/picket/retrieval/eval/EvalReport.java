package dev.picket.retrieval.eval;

import java.util.List;
import java.util.Locale;

/**
 * The metrics of one run over a question set. Answerable questions are those not expected to abstain.
 *
 * @param recallAt1         answerable questions whose top passage is from a gold article
 * @param recallAt5         answerable questions with a gold article in the top five passages
 * @param mrr               mean reciprocal rank of the first gold passage in the top ten
 * @param accuracy          answerable questions answered with the expected content
 * @param citationPrecision cited passages that come from a gold article
 * @param abstention        questions expected to abstain that did
 * @param falseAbstention   answerable questions that were declined
 * @param calibration       where the abstention threshold sits, or null when evidence was not recorded
 */
public record EvalReport(List<EvalResult> results, double recallAt1, double recallAt5, double mrr, double accuracy,
                         double citationPrecision, double abstention, double falseAbstention, double p50Millis,
                         double p95Millis, Calibration calibration) {

    static EvalReport of(List<EvalResult> results, double threshold) {
        List<EvalResult> answerable = results.stream().filter(r -> !r.question().expectAbstain()).toList();
        List<EvalResult> withGold = answerable.stream().filter(r -> !r.question().gold().isEmpty()).toList();
        List<EvalResult> declinable = results.stream().filter(r -> r.question().expectAbstain()).toList();
        int cited = withGold.stream().mapToInt(r -> r.answer().citations().size()).sum();
        int citedGold = withGold.stream().mapToInt(EvalResult::citedGold).sum();
        double[] millis = results.stream().mapToDouble(EvalResult::millis).sorted().toArray();
        double reciprocal = withGold.stream().mapToDouble(r -> r.goldRank() == 0 ? 0 : 1.0 / r.goldRank()).sum();
        return new EvalReport(List.copyOf(results),
                share(withGold.stream().filter(r -> r.goldRank() == 1).count(), withGold.size()),
                share(withGold.stream().filter(EvalResult::goldInTop5).count(), withGold.size()),
                withGold.isEmpty() ? 0 : reciprocal / withGold.size(),
                share(answerable.stream().filter(EvalResult::correct).count(), answerable.size()),
                share(citedGold, cited),
                share(declinable.stream().filter(r -> !r.answer().answered()).count(), declinable.size()),
                share(answerable.stream().filter(r -> !r.answer().answered()).count(), answerable.size()),
                percentile(millis, 0.50), percentile(millis, 0.95),
                Double.isNaN(threshold) ? null : Calibration.of(results, threshold));
    }

    /** A plain-text report: one line per question, then the metrics. */
    public String format() {
        StringBuilder out = new StringBuilder();
        for (EvalResult r : results) {
            out.append(String.format(Locale.ROOT, "%-4s %-12s %-4s %-7s %d/%d cited gold %s%6.1f ms  %s%n",
                    r.question().id(), r.question().kind(), r.correct() ? "ok" : "FAIL",
                    r.goldRank() == 0 ? "-" : "rank " + r.goldRank(), r.citedGold(), r.answer().citations().size(),
                    Double.isNaN(r.evidence()) ? "" : String.format(Locale.ROOT, "evidence %.3f ", r.evidence()),
                    r.millis(), oneLine(r.answer().answer())));
        }
        out.append(String.format(Locale.ROOT, "%nquestions          %d%n", results.size()));
        for (String[] row : rows()) {
            out.append(String.format(Locale.ROOT, "%-18s %s%n", row[0], row[1]));
        }
        if (calibration != null) {
            out.append(calibration.format()).append('\n');
        }
        return out.toString();
    }

    /** The metrics as (name, value) rows, shared by the single and the side-by-side report. */
    List<String[]> rows() {
        return List.of(
                new String[] {"recall@1", percent(recallAt1)},
                new String[] {"recall@5", percent(recallAt5)},
                new String[] {"MRR@10", String.format(Locale.ROOT, "%.3f", mrr)},
                new String[] {"accuracy", percent(accuracy)},
                new String[] {"citation precision", percent(citationPrecision)},
                new String[] {"abstention", percent(abstention)},
                new String[] {"false abstention", percent(falseAbstention)},
                new String[] {"latency p50", String.format(Locale.ROOT, "%.1f ms", p50Millis)},
                new String[] {"latency p95", String.format(Locale.ROOT, "%.1f ms", p95Millis)});
    }

    private static String percent(double value) {
        return String.format(Locale.ROOT, "%.1f %%", value * 100);
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

    /**
     * The abstention threshold against the evidence of the questions on either side of it.
     *
     * @param highestDeclinable the most evidence any question expected to abstain had
     * @param lowestAnswerable  the least evidence any answerable question had
     * @param declinableAbove   questions expected to abstain whose evidence reached the threshold
     * @param answerableBelow   answerable questions whose evidence fell short of it
     */
    public record Calibration(double threshold, double highestDeclinable, double lowestAnswerable,
                              int declinableAbove, int answerableBelow) {

        static Calibration of(List<EvalResult> results, double threshold) {
            double highest = 0;
            double lowest = 1;
            int above = 0;
            int below = 0;
            for (EvalResult r : results) {
                if (r.question().expectAbstain()) {
                    highest = Math.max(highest, r.evidence());
                    above += r.evidence() >= threshold ? 1 : 0;
                } else {
                    lowest = Math.min(lowest, r.evidence());
                    below += r.evidence() < threshold ? 1 : 0;
                }
            }
            return new Calibration(threshold, highest, lowest, above, below);
        }

        public String format() {
            return String.format(Locale.ROOT, "highest declinable %.3f | threshold %.3f | lowest answerable %.3f"
                    + " (%d declinable above, %d answerable below)", highestDeclinable, threshold, lowestAnswerable,
                    declinableAbove, answerableBelow);
        }
    }
}
