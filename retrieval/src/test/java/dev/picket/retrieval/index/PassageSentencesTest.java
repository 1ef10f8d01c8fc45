package dev.picket.retrieval.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import dev.picket.corpus.Sentences;
import org.junit.jupiter.api.Test;

class PassageSentencesTest {

    @Test
    void should_part_paragraphs_as_the_regular_expression_did_when_breaks_and_spaces_mix() {
        String[] pieces = {"Nurses struck.", "Pay rose 4%", " ", "\n", "\n\n", "\n \n", "\r\n\r\n", "\t", "\n\t \n\n ",
                "Mr. Patel said so.", "x"};
        Random random = new Random(5);
        for (int n = 0; n < 2_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(12); k >= 0; k--) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = b.toString();
            List<String> expected = new ArrayList<>();
            for (String paragraph : text.split("\\n\\s*\\n")) {
                expected.addAll(Sentences.split(paragraph));
            }
            assertThat(PassageSentences.of(text)).as(text).isEqualTo(expected);
        }
        assertThat(PassageSentences.of("One.\n\nTwo.")).containsExactly("One.", "Two.");
    }
}
