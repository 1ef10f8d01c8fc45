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
            assertThat(report.recallAt5()).as("recall@5").isGreaterThanOrEqualTo(0.90);
            assertThat(report.accuracy()).as("accuracy").isGreaterThanOrEqualTo(0.70);
            assertThat(report.citationPrecision()).as("citation precision").isGreaterThanOrEqualTo(0.85);
            assertThat(report.abstention()).as("abstention").isGreaterThanOrEqualTo(0.75);
            assertThat(report.falseAbstention()).as("false abstention").isLessThanOrEqualTo(0.10);
        }
    }
}
