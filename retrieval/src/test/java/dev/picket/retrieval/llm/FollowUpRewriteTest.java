package dev.picket.retrieval.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.picket.retrieval.Answer;
import dev.picket.retrieval.PassageRetriever;
import dev.picket.retrieval.Turn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A follow-up in LLM mode: first rewritten by the model into a question that stands alone, from the
 * conversation; then retrieval searches the rewrite, and the model answers it. Two calls, in that order.
 */
class FollowUpRewriteTest {

    @RegisterExtension
    static LlmTestBed bed = new LlmTestBed();

    private static final String EARLIER = "Were ambulance workers going on strike in December 2022?";
    private static final String EARLIER_ANSWER = "Yes, ambulance staff were due to walk out [1].";
    private static final String FOLLOW_UP = "how many soldiers would cover for them?";
    private static final List<Turn> HISTORY = List.of(new Turn(EARLIER, EARLIER_ANSWER));

    private final List<String> searched = new ArrayList<>();

    private LlmAnswerer answerer(LlmProvider provider) {
        PassageRetriever recording = (question, k) -> {
            searched.add(question);
            return bed.sample.retriever.retrieve(question, k);
        };
        return SampleLlm.answerer(recording, bed.sample, provider, bed.baseUrl(provider), Duration.ofSeconds(10))
                .build();
    }

    private static void stub(String path, String marker, String body, String type) {
        bed.llm.stubFor(post(path).withRequestBody(containing(marker)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", type).withBody(body)));
    }

    /** The requests the stub served, oldest first. */
    private static List<String> requests() {
        return bed.llm.getAllServeEvents().reversed().stream().map(ServeEvent::getRequest)
                .map(r -> r.getBodyAsString()).toList();
    }

    @Test
    void should_search_the_rewritten_question_when_a_follow_up_comes_with_history() {
        stub("/v1/chat/completions", "Follow-up:", LlmStub.openAi("\"" + SampleLlm.TROOPS + "\""), "application/json");
        int troops = SampleLlm.numberOf(SampleLlm.sources(bed.sample, SampleLlm.TROOPS), "1,200");
        stub("/v1/chat/completions", "Numbered sources",
                LlmStub.openAi("About 1,200 troops were to be deployed [" + troops + "]."), "application/json");

        Answer answer = answerer(LlmProvider.OPENAI).answer(FOLLOW_UP, HISTORY);

        List<String> bodies = requests();
        assertThat(bodies).hasSize(2);
        String rewrite = LlmStub.messages(bodies.get(0)).getLast().get("content").asString();
        assertThat(rewrite).contains(EARLIER, EARLIER_ANSWER, "Follow-up: " + FOLLOW_UP);
        assertThat(searched).containsExactly(SampleLlm.TROOPS);
        assertThat(LlmStub.messages(bodies.get(1)).getLast().get("content").asString())
                .endsWith("Question: " + SampleLlm.TROOPS);
        assertThat(answer.mode()).isEqualTo("llm");
        assertThat(answer.answer()).isEqualTo("About 1,200 troops were to be deployed [1].");
    }

    @Test
    void should_rewrite_before_streaming_when_ollama_answers_a_follow_up() throws Exception {
        stub("/api/chat", "Follow-up:", LlmStub.ollama(SampleLlm.TROOPS), "application/json");
        int troops = SampleLlm.numberOf(SampleLlm.sources(bed.sample, SampleLlm.TROOPS), "1,200");
        stub("/api/chat", "Numbered sources", LlmStub.ollamaStream(List.of("1,200 troops were ",
                "to be deployed [" + troops + "].")), "application/x-ndjson");
        RecordingListener listener = new RecordingListener();

        answerer(LlmProvider.OLLAMA).answer(FOLLOW_UP, HISTORY, listener);

        Answer answer = listener.done.get(10, TimeUnit.SECONDS);
        List<String> bodies = requests();
        assertThat(bodies).hasSize(2);
        assertThat(bodies.get(0)).contains(EARLIER, FOLLOW_UP);
        assertThat(LlmStub.JSON.readTree(bodies.get(1)).get("stream").asBoolean()).isTrue();
        assertThat(searched).containsExactly(SampleLlm.TROOPS);
        assertThat(answer.answer()).isEqualTo("1,200 troops were to be deployed [1].");
    }

    @Test
    void should_search_the_follow_up_with_the_earlier_questions_when_the_rewrite_fails() {
        bed.llm.stubFor(post("/v1/chat/completions").withRequestBody(containing("Follow-up:"))
                .willReturn(aResponse().withStatus(500).withBody("{\"error\": \"boom\"}")));
        stub("/v1/chat/completions", "Numbered sources", LlmStub.openAi("The sources don't answer that."),
                "application/json");

        answerer(LlmProvider.OPENAI).answer(FOLLOW_UP, HISTORY);

        assertThat(searched).containsExactly(FOLLOW_UP + " " + EARLIER);
    }

    @Test
    void should_not_call_the_model_to_rewrite_when_the_question_has_no_history() {
        stub("/v1/chat/completions", "Numbered sources", LlmStub.openAi("The sources don't answer that."),
                "application/json");

        answerer(LlmProvider.OPENAI).answer(SampleLlm.TROOPS, List.of());

        assertThat(requests()).hasSize(1);
        assertThat(searched).containsExactly(SampleLlm.TROOPS);
    }
}
