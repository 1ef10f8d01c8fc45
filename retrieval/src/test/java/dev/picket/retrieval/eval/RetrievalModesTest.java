package dev.picket.retrieval.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.picket.retrieval.RetrievalMode;
import dev.picket.retrieval.SampleIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The side-by-side harness on the dev set and on the paraphrased set, offline and extractive, with the floors
 * the hybrid mode must keep on the dev set.
 */
class RetrievalModesTest {

    @Test
    void should_meet_the_hybrid_floors_when_answering_the_dev_set_offline(@TempDir Path dir) {
        try (SampleIndex sample = SampleIndex.withVectors(dir)) {
            Map<RetrievalMode, EvalReport> reports = compare(sample, "dev set", QuestionSet.dev());

            assertThat(reports).containsOnlyKeys(RetrievalMode.values());
            EvalReport hybrid = reports.get(RetrievalMode.HYBRID);
            // 25 questions: 21 to answer, 4 to decline. Each floor sits two questions or more below today's figure
            // (x86-64 with AVX-512): recall@5 21/21, two fewer 19/21 = 90.5 %; accuracy 19/21, two fewer 17/21 =
            // 81.0 %; abstention 4/4, two fewer 2/4 = 50 %; false abstention 0/21, two more 2/21 = 9.5 %.
            QualityFloor.RECALL_AT_5.check("dev set hybrid", hybrid, 0.90);
            QualityFloor.ACCURACY.check("dev set hybrid", hybrid, 0.80);
            // 24 of 26 citations from gold, at most 2 in one answer: two answers' worth is 4, so 20/26 = 76.9 %.
            QualityFloor.CITATION_PRECISION.check("dev set hybrid", hybrid, 0.75);
            QualityFloor.ABSTENTION.check("dev set hybrid", hybrid, 0.50);
            QualityFloor.FALSE_ABSTENTION.check("dev set hybrid", hybrid, 0.10);
        }
    }

    @Test
    void should_report_every_mode_when_answering_the_paraphrased_set(@TempDir Path dir) {
        try (SampleIndex sample = SampleIndex.withVectors(dir)) {
            List<EvalQuestion> set = QuestionSet.paraphrased();
            Map<RetrievalMode, EvalReport> reports = compare(sample, "paraphrased set", set);

            assertThat(reports).containsOnlyKeys(RetrievalMode.values());
            assertThat(reports.values()).allSatisfy(r -> assertThat(r.results()).hasSize(set.size()));
            // Whether fusion ranks the answer higher than either list alone is reported, not asserted: the gap is
            // less than one question moving from rank 1 to rank 2 (0.5 / 27 = 0.019 of MRR), which a CPU with
            // other int8 kernels can flip.
            EvalReport hybrid = reports.get(RetrievalMode.HYBRID);
            System.out.printf(Locale.ROOT, "paraphrased set: hybrid MRR %.3f, %+.3f over BM25, %+.3f over vector%n",
                    hybrid.mrr(), hybrid.mrr() - reports.get(RetrievalMode.BM25).mrr(),
                    hybrid.mrr() - reports.get(RetrievalMode.VECTOR).mrr());
            // 33 questions, 6 to decline: today 6/6; two fewer is 4/6 = 66.7 %.
            QualityFloor.ABSTENTION.check("paraphrased set hybrid", hybrid, 0.65);
        }
    }

    @Test
    void should_keep_declining_when_answering_the_second_dev_set(@TempDir Path dir) {
        try (SampleIndex sample = SampleIndex.withVectors(dir)) {
            Map<RetrievalMode, EvalReport> reports = compare(sample, "dev2 set", QuestionSet.dev2());

            // The old held-out set, tuned on since; the promise to decline what the articles don't cover is held.
            // 31 questions, 7 to decline: today 7/7 (h25 sits at the threshold, so 6/7 on some CPUs); two fewer
            // than 6/7 is 4/7 = 57.1 %.
            QualityFloor.ABSTENTION.check("dev2 set hybrid", reports.get(RetrievalMode.HYBRID), 0.55);
        }
    }

    /** Runs the set through every mode and prints the hybrid details and the side-by-side table. */
    private static Map<RetrievalMode, EvalReport> compare(SampleIndex sample, String name, List<EvalQuestion> set) {
        Map<RetrievalMode, EvalReport> reports = ModeComparison.run(sample.index, SampleIndex.embedder(), set);
        System.out.println(reports.get(RetrievalMode.HYBRID).format());
        System.out.println(ModeComparison.format(name + " (" + set.size() + " questions)", reports));
        return reports;
    }
}
