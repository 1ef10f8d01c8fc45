package dev.picket.retrieval.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;

/**
 * A quality floor on one metric of an eval report, printed with its margin where it is checked. The quantised
 * embedding model's int8 kernels differ per CPU (AVX2, AVX-512, ARM), so a question near a threshold can move on
 * another machine: a floor leaves at least two questions' worth of room below the figure it was set from, and the
 * margin is printed in questions so a thinning one shows before it fails.
 */
enum QualityFloor {

    RECALL_AT_5("recall@5", EvalReport::recallAt5, QualityFloor::withGold, true),
    ACCURACY("accuracy", EvalReport::accuracy, QualityFloor::answerable, true),
    CITATION_PRECISION("citation precision", EvalReport::citationPrecision, QualityFloor::citedPerQuestion, true),
    ABSTENTION("abstention", EvalReport::abstention, QualityFloor::declinable, true),
    FALSE_ABSTENTION("false abstention", EvalReport::falseAbstention, QualityFloor::answerable, false);

    private final String name;
    private final ToDoubleFunction<EvalReport> value;
    /** How many units one question's worth is: the denominator of the metric, per question that moves. */
    private final ToIntFunction<EvalReport> questions;
    private final boolean atLeast;

    QualityFloor(String name, ToDoubleFunction<EvalReport> value, ToIntFunction<EvalReport> questions,
                 boolean atLeast) {
        this.name = name;
        this.value = value;
        this.questions = questions;
        this.atLeast = atLeast;
    }

    /** Prints the margin and checks the floor (a ceiling for false abstention). */
    void check(String run, EvalReport report, double floor) {
        double v = value.applyAsDouble(report);
        int n = questions.applyAsInt(report);
        double margin = (atLeast ? v - floor : floor - v) * n;
        System.out.printf(Locale.ROOT, "floor %-22s %-18s %.3f %s %.3f: margin %.1f questions (one is %.1f %%)%n",
                run, name, v, atLeast ? ">=" : "<=", floor, margin, 100.0 / n);
        if (atLeast) {
            assertThat(v).as("%s %s", run, name).isGreaterThanOrEqualTo(floor);
        } else {
            assertThat(v).as("%s %s", run, name).isLessThanOrEqualTo(floor);
        }
    }

    private static int answerable(EvalReport r) {
        return (int) r.results().stream().filter(q -> !q.question().expectAbstain()).count();
    }

    private static int withGold(EvalReport r) {
        return (int) r.results().stream().filter(q -> !q.question().expectAbstain() && !q.question().gold().isEmpty())
                .count();
    }

    private static int declinable(EvalReport r) {
        return (int) r.results().stream().filter(q -> q.question().expectAbstain()).count();
    }

    /**
     * Citation precision counts citations, and one question can carry several: a question's worth is the most
     * citations any one answer holds, so the unit is the citations over that.
     */
    private static int citedPerQuestion(EvalReport r) {
        List<EvalResult> withGold = r.results().stream()
                .filter(q -> !q.question().expectAbstain() && !q.question().gold().isEmpty()).toList();
        int cited = withGold.stream().mapToInt(q -> q.answer().citations().size()).sum();
        int most = withGold.stream().mapToInt(q -> q.answer().citations().size()).max().orElse(1);
        return Math.max(1, cited / Math.max(1, most));
    }
}
