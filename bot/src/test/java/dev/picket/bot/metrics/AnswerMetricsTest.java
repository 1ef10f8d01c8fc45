package dev.picket.bot.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.picket.retrieval.Answer;
import dev.picket.retrieval.Timings;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

/** The answer timers, each registered once and tagged by what the answer was. */
class AnswerMetricsTest {

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final AnswerMetrics metrics = new AnswerMetrics(meters);

    @Test
    void should_add_to_one_timer_per_tag_set_when_answers_repeat() {
        Answer answered = new Answer("a", true, Answer.EXTRACTIVE, List.of(), new Timings(2, 5));
        metrics.record(FrontEnd.HTTP, answered);
        metrics.record(FrontEnd.HTTP, answered);
        metrics.record(FrontEnd.DISCORD, Answer.abstain(Answer.EXTRACTIVE, new Timings(1, 3)));

        Timer http = meters.get("picket.answer").tags("front_end", "http", "outcome", "answered").timer();
        assertThat(http.count()).isEqualTo(2);
        assertThat(http.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(10);
        assertThat(meters.get("picket.answer").tags("front_end", "discord", "outcome", "declined").timer().count())
                .isEqualTo(1);
        assertThat(meters.get("picket.retrieval").tags("front_end", "http").timer().totalTime(TimeUnit.MILLISECONDS))
                .isEqualTo(4);
        assertThat(meters.find("picket.llm.call").timers()).isEmpty();
    }
}
