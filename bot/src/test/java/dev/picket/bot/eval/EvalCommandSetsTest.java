package dev.picket.bot.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.picket.retrieval.eval.QuestionSet;
import org.junit.jupiter.api.Test;

class EvalCommandSetsTest {

    @Test
    void should_load_each_bundled_set_when_named_on_the_command_line() {
        assertThat(EvalCommand.SETS).containsOnlyKeys("paraphrased", "dev2", "natural", "natural-heldout",
                "natural-fresh", "natural-fresh2", "natural-fresh3", "natural-fresh4", "natural-fresh5",
                "natural-fresh6", "natural-fresh7", "natural-fresh8", "natural-fresh9", "natural-fresh10",
                "natural-fresh11",
                "natural-dev3", "natural-dev4", "natural-dev5", "natural-dev6", "natural-dev7", "natural-dev8");
        assertThat(EvalCommand.SETS.get("dev2").get()).isEqualTo(QuestionSet.dev2());
        assertThat(EvalCommand.SETS.get("natural-heldout").get()).isEqualTo(QuestionSet.naturalHeldOut())
                .isNotEqualTo(QuestionSet.natural());
        assertThat(EvalCommand.SETS.get("natural-fresh").get()).isEqualTo(QuestionSet.naturalFresh());
        assertThat(EvalCommand.SETS.get("natural-fresh2").get()).isEqualTo(QuestionSet.naturalFresh2())
                .isNotEqualTo(QuestionSet.naturalFresh());
        assertThat(EvalCommand.SETS.get("natural-dev3").get()).isEqualTo(QuestionSet.naturalDev3());
        assertThat(EvalCommand.SETS.get("natural-dev4").get()).isEqualTo(QuestionSet.naturalDev4());
        assertThat(EvalCommand.SETS.get("natural-fresh3").get()).isEqualTo(QuestionSet.naturalFresh3())
                .isNotEqualTo(QuestionSet.naturalFresh2());
        assertThat(EvalCommand.SETS.get("natural-dev5").get()).isEqualTo(QuestionSet.naturalDev5())
                .isNotEqualTo(QuestionSet.naturalFresh3());
        assertThat(EvalCommand.SETS.get("natural-fresh4").get()).isEqualTo(QuestionSet.naturalFresh4())
                .isNotEqualTo(QuestionSet.naturalFresh3());
        assertThat(EvalCommand.SETS.get("natural-dev6").get()).isEqualTo(QuestionSet.naturalDev6())
                .isNotEqualTo(QuestionSet.naturalFresh4());
        assertThat(EvalCommand.SETS.get("natural-fresh5").get()).isEqualTo(QuestionSet.naturalFresh5())
                .isNotEqualTo(QuestionSet.naturalFresh4());
        assertThat(EvalCommand.SETS.get("natural-dev7").get()).isEqualTo(QuestionSet.naturalDev7())
                .isNotEqualTo(QuestionSet.naturalFresh5());
        assertThat(EvalCommand.SETS.get("natural-fresh6").get()).isEqualTo(QuestionSet.naturalFresh6())
                .isNotEqualTo(QuestionSet.naturalFresh5());
        assertThat(EvalCommand.SETS.get("natural-dev8").get()).isEqualTo(QuestionSet.naturalDev8())
                .isNotEqualTo(QuestionSet.naturalFresh6());
        assertThat(EvalCommand.SETS.get("natural-fresh7").get()).isEqualTo(QuestionSet.naturalFresh7())
                .isNotEqualTo(QuestionSet.naturalDev8());
        assertThat(EvalCommand.SETS.get("natural-fresh8").get()).isEqualTo(QuestionSet.naturalFresh8())
                .isNotEqualTo(QuestionSet.naturalFresh7());
        assertThat(EvalCommand.SETS.get("natural-fresh9").get()).isEqualTo(QuestionSet.naturalFresh9())
                .isNotEqualTo(QuestionSet.naturalFresh8());
        assertThat(EvalCommand.SETS.get("natural-fresh10").get()).isEqualTo(QuestionSet.naturalFresh10())
                .isNotEqualTo(QuestionSet.naturalFresh9());
        assertThat(EvalCommand.SETS.get("natural-fresh11").get()).isEqualTo(QuestionSet.naturalFresh11())
                .isNotEqualTo(QuestionSet.naturalFresh10());
    }
}
