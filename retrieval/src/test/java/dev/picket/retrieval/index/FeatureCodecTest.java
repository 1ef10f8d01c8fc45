package dev.picket.retrieval.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.apache.lucene.store.ByteArrayDataOutput;
import org.junit.jupiter.api.Test;

class FeatureCodecTest {

    @Test
    void should_write_a_terms_suffix_as_lucenes_write_string_does_when_it_holds_any_characters() throws IOException {
        List<String> fixed = List.of("", "a", "strike", "caf\u00E9", "\u20AC100", "\uD83D\uDE00ok", "x\uD800y",
                "\uDC00", "\u00E9".repeat(700));
        Random random = new Random(11);
        char[] alphabet = {'a', 'z', '0', '\u00E9', '\u0416', '\u4E2D', '\uD83D', '\uDE00', '\uD800', ' '};
        java.util.ArrayList<String> texts = new java.util.ArrayList<>(fixed);
        for (int i = 0; i < 500; i++) {
            char[] c = new char[random.nextInt(40)];
            for (int k = 0; k < c.length; k++) {
                c[k] = alphabet[random.nextInt(alphabet.length)];
            }
            texts.add(new String(c));
        }
        FeatureCodec.Output mine = new FeatureCodec.Output();
        byte[] expected = new byte[1 << 20];
        ByteArrayDataOutput lucene = new ByteArrayDataOutput(expected);
        for (String t : texts) {
            for (int from = 0; from <= t.length(); from += 1 + t.length() / 3) {
                mine.writeString(t, from);
                lucene.writeString(t.substring(from));
            }
        }
        assertThat(Arrays.copyOf(mine.bytes(), mine.length()))
                .isEqualTo(Arrays.copyOf(expected, lucene.getPosition())).hasSizeGreaterThan(1_000);
    }
}
