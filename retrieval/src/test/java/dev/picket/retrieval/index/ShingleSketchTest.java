package dev.picket.retrieval.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class ShingleSketchTest {

    private static final String[] WORDS = ("nurses doctors strike pay union offer government talks ballot walkout "
            + "hospital patients ministers deal rise vote members wales scotland england").split(" ");

    @Test
    void should_agree_with_the_exact_overlap_when_passages_share_any_share_of_text() {
        Random random = new Random(17);
        List<PassageFeatures> passages = new ArrayList<>();
        String base = text(random, 300);
        for (int i = 0; i < 40; i++) {
            // Copies trimmed and edited by different amounts, long unrelated texts, and short ones.
            int from = random.nextInt(150);
            String copy = base.substring(base.indexOf(' ', from) + 1) + " " + text(random, random.nextInt(300));
            passages.add(PassageFeatures.of("", copy));
            passages.add(PassageFeatures.of("", text(random, 5 + random.nextInt(600))));
        }
        int copies = 0;
        for (PassageFeatures a : passages) {
            for (PassageFeatures b : passages) {
                for (double min : new double[] {0.2, 0.5, 0.8}) {
                    boolean exact = a.overlap(b) >= min;
                    assertThat(a.copies(b, min)).isEqualTo(exact);
                    copies += exact ? 1 : 0;
                }
            }
        }
        assertThat(copies).isGreaterThan(passages.size());
    }

    @Test
    void should_bound_the_shared_shingles_from_above_when_many_fall_in_one_bucket() {
        long[] many = new long[5_000];
        for (int i = 0; i < many.length; i++) {
            many[i] = i * 7_919L;
        }
        ShingleSketch a = new ShingleSketch(many);
        ShingleSketch b = new ShingleSketch(java.util.Arrays.copyOf(many, 3_000));

        assertThat(a.sharedAtMost(b)).isGreaterThanOrEqualTo(3_000);
    }

    private static String text(Random random, int words) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) {
            b.append(WORDS[random.nextInt(WORDS.length)]).append(i % 12 == 11 ? ". " : " ");
        }
        return b.toString().strip();
    }
}
