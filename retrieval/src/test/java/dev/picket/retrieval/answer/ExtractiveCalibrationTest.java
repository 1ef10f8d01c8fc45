package dev.picket.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;

import dev.picket.retrieval.SampleIndex;
import dev.picket.retrieval.eval.EvalQuestion;
import dev.picket.retrieval.eval.QuestionSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shows where the abstention threshold sits between the evidence of the questions picket should answer and of
 * those it should decline, on the dev set.
 */
class ExtractiveCalibrationTest {

    @Test
    void should_separate_answerable_from_unanswerable_questions_when_using_the_default_threshold(@TempDir Path dir) {
        try (SampleIndex sample = SampleIndex.in(dir)) {
            ExtractiveAnswerer answerer = sample.answerer();
            double lowestAnswerable = 1;
            double highestDeclinable = 0;
            for (EvalQuestion q : QuestionSet.dev()) {
                var evidence = answerer.evidence(q.question());
                System.out.printf(Locale.ROOT, "%-4s %-12s evidence %.3f %s %s%n", q.id(), q.kind(), evidence.score(),
                        q.expectAbstain() ? "decline" : "answer ", q.question());
                for (int i = 0; i < evidence.hits().size(); i++) {
                    System.out.printf(Locale.ROOT, "        %.3f %s%n", evidence.coverage().get(i), evidence.hits().get(i).passageId());
                }
                if (q.expectAbstain()) {
                    highestDeclinable = Math.max(highestDeclinable, evidence.score());
                } else {
                    lowestAnswerable = Math.min(lowestAnswerable, evidence.score());
                }
            }
            System.out.printf(Locale.ROOT, "highest declinable %.3f < threshold %.3f <= lowest answerable %.3f%n",
                    highestDeclinable, ExtractiveAnswerer.DEFAULT_MIN_EVIDENCE, lowestAnswerable);
            assertThat(highestDeclinable).isLessThan(ExtractiveAnswerer.DEFAULT_MIN_EVIDENCE);
            assertThat(lowestAnswerable).isGreaterThanOrEqualTo(ExtractiveAnswerer.DEFAULT_MIN_EVIDENCE);
        }
    }
}
