package dev.picket.bot.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import dev.picket.retrieval.Answer;
import dev.picket.retrieval.Citation;
import dev.picket.retrieval.Timings;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class AnswerResponseTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Citation CITATION = new Citation(1, "a", "a#0", "T", "S", LocalDate.parse("2025-07-30"),
            null, "P");

    @Test
    void should_omit_the_fallback_the_llm_time_and_removed_sentences_when_there_are_none() {
        Answer answer = new Answer("x [1]", true, "extractive", List.of(CITATION), new Timings(1.5, 2.25));

        assertThat(JSON.writeValueAsString(AnswerResponse.of(answer))).isEqualTo("{\"answer\":\"x [1]\","
                + "\"answered\":true,\"mode\":\"extractive\",\"citations\":[{\"n\":1,\"articleId\":\"a\","
                + "\"passageId\":\"a#0\",\"title\":\"T\",\"source\":\"S\",\"published\":\"2025-07-30\",\"url\":null,"
                + "\"passage\":\"P\"}],\"timings\":{\"retrievalMs\":1.5,\"totalMs\":2.25}}");
    }

    @Test
    void should_write_every_field_when_an_llm_answer_fell_back() {
        Answer answer = new Answer("x [1]", true, "llm", List.of(CITATION), new Timings(1, 2, 3.0), "timeout",
                List.of(new Answer.Unsupported("s", "r")));

        assertThat(JSON.writeValueAsString(AnswerResponse.of(answer))).endsWith("\"timings\":{\"retrievalMs\":1.0,"
                + "\"totalMs\":2.0,\"llmMs\":3.0},\"fallbackReason\":\"timeout\","
                + "\"unsupported\":[{\"sentence\":\"s\",\"reason\":\"r\"}]}");
    }

    @Test
    void should_say_what_was_searched_when_a_follow_up_was_rewritten() {
        Answer asked = new Answer("x [1]", true, "llm", List.of(CITATION), new Timings(1, 2));

        String rewritten = JSON.writeValueAsString(AnswerResponse.of(asked.withSearchedFor("and when?",
                "When did the ambulance strike end?")));
        String unchanged = JSON.writeValueAsString(AnswerResponse.of(asked.withSearchedFor("when?", "when?")));

        assertThat(rewritten).endsWith(",\"searchedFor\":\"When did the ambulance strike end?\"}");
        assertThat(unchanged).doesNotContain("searchedFor");
    }
}
