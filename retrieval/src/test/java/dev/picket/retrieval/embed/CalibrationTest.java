package dev.picket.retrieval.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CalibrationTest {

    private final Calibration calibration = new Calibration(0.5, 0.7, 0.2, 0.6);

    @Test
    void should_read_a_cosine_as_a_share_between_floor_and_ceiling() {
        assertThat(calibration.passage(0.3)).isZero();
        assertThat(calibration.passage(0.6)).isCloseTo(0.5, within(1e-9));
        assertThat(calibration.passage(0.9)).isEqualTo(1.0);
        assertThat(calibration.sentence(0.3)).isCloseTo(0.25, within(1e-9));
    }

    @Test
    void should_refuse_a_floor_at_or_above_its_ceiling() {
        assertThatThrownBy(() -> new Calibration(0.6, 0.6, 0.2, 0.6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Calibration(0.4, 0.6, 0.7, 0.6)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void should_carry_the_models_own_calibration_through_the_memo() {
        assertThat(new MemoisingEmbedder(Model.BGE_SMALL.embedder()).calibration())
                .isEqualTo(BgeSmallEmbedder.CALIBRATION).isNotEqualTo(MiniLmEmbedder.CALIBRATION);
    }
}
