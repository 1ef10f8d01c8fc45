package dev.picket.retrieval.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import dev.picket.retrieval.SampleIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevSetFloorsTest {

    @Test
    void should_meet_the_quality_floors_when_answering_the_dev_set_offline(@TempDir Path dir) {
        try (SampleIndex sample = SampleIndex.in(dir)) {
            EvalReport report = new EvalRunner(sample.answerer(), sample.retriever).run(QuestionSet.dev());
            System.out.println(report.format());

            assertThat(report.results()).hasSize(25);
            // BM25 alone, so no embedding floats are involved; the floors still keep two questions' room (21 to
            // answer, 4 to decline): recall@5 21/21, two fewer 19/21 = 90.5 %; accuracy 19/21, floor 70 % is four
            // below; abstention 4/4, two fewer 2/4 = 50 %; false abstention 0/21, two more 2/21 = 9.5 %.
            QualityFloor.RECALL_AT_5.check("dev set bm25", report, 0.90);
            QualityFloor.ACCURACY.check("dev set bm25", report, 0.70);
            // 24 of 27 citations from gold, at most 2 in one answer: two answers' worth is 4, so 20/27 = 74.1 %.
            QualityFloor.CITATION_PRECISION.check("dev set bm25", report, 0.70);
            QualityFloor.ABSTENTION.check("dev set bm25", report, 0.50);
            QualityFloor.FALSE_ABSTENTION.check("dev set bm25", report, 0.10);
        }
    }
}
