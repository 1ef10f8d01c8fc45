package dev.picket.retrieval.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.picket.retrieval.Answer;
import dev.picket.retrieval.SearchHit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/** The LLM answerer against a stub of Ollama's /api/chat, non-streaming and streaming (NDJSON). */
class OllamaAnswerTest {

    @RegisterExtension
    static LlmTestBed bed = new LlmTestBed();

    private LlmAnswerer answerer() {
        return bed.answerer(LlmProvider.OLLAMA, Duration.ofSeconds(10)).build();
    }

    @Test
    void should_answer_from_api_chat_with_the_sources_and_question_when_the_provider_is_ollama() {
        List<SearchHit> sources = SampleLlm.sources(bed.sample, SampleLlm.TROOPS);
        int troops = SampleLlm.numberOf(sources, "1,200");
        bed.llm.stubFor(post("/api/chat").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(LlmStub.ollama("1,200 troops were expected to be deployed [" + troops + "]."))));

        Answer answer = answerer().answer(SampleLlm.TROOPS);

        assertThat(answer.mode()).isEqualTo("llm");
        assertThat(answer.answer()).isEqualTo("1,200 troops were expected to be deployed [1].");
        assertThat(answer.citations()).singleElement()
                .satisfies(c -> assertThat(c.passageId()).isEqualTo(sources.get(troops - 1).passageId()));
        var requests = bed.llm.findAll(postRequestedFor(urlEqualTo("/api/chat")));
        assertThat(requests).hasSize(1);
        JsonNode body = LlmStub.JSON.readTree(requests.get(0).getBodyAsString());
        assertThat(body.get("model").asString()).isEqualTo("stub-model");
        assertThat(body.get("stream").asBoolean()).isFalse();
        List<JsonNode> messages = LlmStub.messages(body.toString());
        assertThat(messages).extracting(m -> m.get("role").asString()).containsExactly("system", "user");
        assertThat(messages.get(0).get("content").asString()).contains("Answer only from the numbered sources");
        String user = messages.get(1).get("content").asString();
        for (int i = 0; i < sources.size(); i++) {
            assertThat(user).contains("<source n=\"" + (i + 1) + "\"", "date=\"" + sources.get(i).published() + "\"");
        }
        assertThat(user).endsWith("Question: " + SampleLlm.TROOPS);
    }

    @Test
    void should_stream_deltas_then_the_verified_answer_when_ollama_streams_ndjson() throws Exception {
        List<SearchHit> sources = SampleLlm.sources(bed.sample, SampleLlm.TROOPS);
        int troops = SampleLlm.numberOf(sources, "1,200");
        List<String> deltas = List.of("1,200 troops were ", "expected to be deployed", " [" + troops + "].");
        bed.llm.stubFor(post("/api/chat").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/x-ndjson").withBody(LlmStub.ollamaStream(deltas))));
        RecordingListener listener = new RecordingListener();

        answerer().answer(SampleLlm.TROOPS, listener);

        Answer answer = listener.done.get(10, TimeUnit.SECONDS);
        assertThat(listener.events.getFirst()).isEqualTo("sources");
        assertThat(listener.events.getLast()).isEqualTo("complete");
        // The one sentence is complete only when the stream ends: it shows then, checked and renumbered.
        assertThat(listener.events).containsExactly("sources", "delta", "complete");
        assertThat(listener.text.toString()).isEqualTo("1,200 troops were expected to be deployed [1].");
        assertThat(answer.mode()).isEqualTo("llm");
        assertThat(answer.answer()).isEqualTo("1,200 troops were expected to be deployed [1].");
        assertThat(LlmStub.JSON.readTree(bed.llm.getAllServeEvents().get(0).getRequest().getBodyAsString())
                .get("stream").asBoolean()).isTrue();
    }
}
