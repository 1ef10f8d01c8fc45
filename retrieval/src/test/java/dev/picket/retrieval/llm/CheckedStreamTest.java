package dev.picket.retrieval.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.picket.retrieval.Answer;
import dev.picket.retrieval.SearchHit;
import dev.picket.retrieval.Timings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CheckedStreamTest {

    private static final SearchHit TROOPS = new SearchHit("a#1", "a", 1, "Barclay seeks fresh talks", "Sky News",
            LocalDate.of(2022, 12, 19), null, "The government plans to bring in the armed forces, with 1,200 "
                    + "troops expected to be deployed during the ambulance strikes.", 1);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "About 1,200 troops [2]. The|About 1,200 troops [2].",
        "About 1,200 troops. [2] [|''",
        "About 1,200 troops. [2|''",
        "About 1,200 troops [2].|''",
        "One line [1].\\nAnother|One line [1].",
    })
    void should_count_a_sentence_complete_when_the_next_has_begun_past_its_markers(String text, String complete) {
        assertThat(CheckedStream.completeSentences(text.replace("\\n", "\n"))).isEqualTo(complete);
    }

    @Test
    void should_show_only_supported_sentences_renumbered_when_they_complete() {
        CheckedStream stream = new CheckedStream(new DefaultCitationVerifier(), List.of(TROOPS, TROOPS));
        String model = "Nurses won a 40% rise [1]. About 1,200 troops were to be deployed [2]. The armed forces "
                + "would fill gaps [2]. Done";
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < model.length(); i += 4) {
            String s = stream.add(model.substring(i, Math.min(model.length(), i + 4)));
            if (!s.isEmpty()) {
                shown.add(s);
            }
        }

        assertThat(shown).containsExactly("About 1,200 troops were to be deployed [1].",
                " The armed forces would fill gaps [1].");
        assertThat(String.join("", shown)).doesNotContain("40%");
    }

    @Test
    void should_show_the_rest_of_the_final_answer_only_when_it_is_the_llms() {
        CheckedStream stream = new CheckedStream(new DefaultCitationVerifier(), List.of(TROOPS));
        stream.add("About 1,200 troops were to be deployed [1].");
        Timings t = new Timings(1, 2);

        assertThat(stream.rest(Answer.abstain(Answer.LLM, t))).isEmpty();
        assertThat(stream.rest(new Answer("About 1,200 troops were to be deployed [1].", true, Answer.LLM,
                List.of(), t))).isEqualTo("About 1,200 troops were to be deployed [1].");
    }

    @Test
    void should_show_nothing_of_the_models_thinking_when_it_reasons_first() {
        CheckedStream stream = new CheckedStream(new DefaultCitationVerifier(), List.of(TROOPS));

        assertThat(stream.add("<think>About 1,200 troops were to be deployed [1]. Maybe")).isEmpty();
        assertThat(stream.add(" more.</think>The armed forces were to fill gaps [1]. About")).isEqualTo(
                "The armed forces were to fill gaps [1].");
    }
}
