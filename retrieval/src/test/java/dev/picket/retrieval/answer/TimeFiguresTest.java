package dev.picket.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import dev.picket.retrieval.SearchHit;
import dev.picket.retrieval.index.PassageFeatures;
import dev.picket.retrieval.index.QueryTerms;
import org.junit.jupiter.api.Test;

/** A length of time counts days or weeks, not what a "how many" or "how much" asks about. */
class TimeFiguresTest {

    private static final SearchHit HIT = new SearchHit("a#0", "a", 0, "", "", null, "", "", 1.0);

    /** The sentences kept, each tested on its own and, as a passage's features remember them, in a passage. */
    private static List<String> kept(String question, String... sentences) {
        List<String> alone = kept(question, h -> PassageFeatures.of("", ""), sentences);
        PassageFeatures passage = PassageFeatures.of("", String.join(" ", sentences));
        for (int round = 0; round < 2; round++) {
            assertThat(kept(question, h -> passage, sentences)).isEqualTo(alone);
        }
        return alone;
    }

    private static List<String> kept(String question, Function<SearchHit, PassageFeatures> features,
                                     String... sentences) {
        List<SentenceChoice.Scored> candidates = new ArrayList<>();
        for (String s : sentences) {
            candidates.add(new SentenceChoice.Scored(HIT, s, QueryTerms.setOf(s), 1.0));
        }
        TimeFigures.keepOtherFigures(AnswerType.of(question), question, question, candidates, Names.none(),
                features);
        return candidates.stream().map(SentenceChoice.Scored::sentence).toList();
    }

    @Test
    void should_drop_a_sentence_whose_only_figure_is_a_length_of_time_when_the_question_counts_people() {
        assertThat(kept("how many cleaners joined the picket",
                "Cleaners picketed for three days.", "Some 400 cleaners picketed within two weeks."))
                .containsExactly("Some 400 cleaners picketed within two weeks.");
    }

    @Test
    void should_keep_lengths_of_time_when_the_question_counts_time_or_asks_how_long() {
        assertThat(kept("how many days did the cleaners picket", "Cleaners picketed for three days."))
                .hasSize(1);
        assertThat(kept("how long did the cleaners picket", "Cleaners picketed for three days.")).hasSize(1);
        assertThat(kept("what did the cleaners get offered", "Cleaners were offered talks within two weeks."))
                .hasSize(1);
    }
}
