package dev.picket.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ZipfTest {

    @ParameterizedTest
    @CsvSource({"1.0, 1000", "1.5, 1000", "2.0, 50"})
    void should_draw_each_rank_in_proportion_to_one_over_its_power_when_sampling(double s, int n) {
        Zipf zipf = new Zipf(n, s);
        SplittableRandom random = new SplittableRandom(1);
        int[] counts = new int[n + 1];
        int draws = 2_000_000;
        for (int i = 0; i < draws; i++) {
            counts[zipf.next(random)]++;
        }
        double norm = 0;
        for (int k = 1; k <= n; k++) {
            norm += Math.pow(k, -s);
        }

        assertThat(counts[0]).as("rank 0 is never drawn").isZero();
        for (int k : new int[] {1, 2, 3, 10}) {
            double expected = Math.pow(k, -s) / norm;
            assertThat((double) counts[k] / draws).as("rank %d", k).isCloseTo(expected, within(expected * 0.05));
        }
    }
}
