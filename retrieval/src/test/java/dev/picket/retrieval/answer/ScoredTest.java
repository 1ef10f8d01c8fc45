package dev.picket.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import dev.picket.retrieval.SearchHit;
import org.junit.jupiter.api.Test;

class ScoredTest {

    private static final SearchHit HIT = new SearchHit("a#0", "a", 0, "", "", null, "", "", 1.0);

    @Test
    void should_count_words_as_splitting_on_white_space_counts_them_when_spaces_lead_trail_or_repeat() {
        for (String sentence : List.of("Nurses walked out.", "", " ", "\t\n", "one", " lead", "trail ",
                "  two  spaces\there ", "a\u00a0b", "x \u000b y\f z\r")) {
            assertThat(new SentenceChoice.Scored(HIT, sentence, Set.of(), 0).words()).as("[" + sentence + "]")
                    .isEqualTo(sentence.split("\\s+").length);
        }
    }
}
