package dev.picket.bot.metrics;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.picket.bot.StubLlm;
import dev.picket.retrieval.llm.LlmModels;
import dev.picket.retrieval.llm.LlmProvider;
import dev.picket.retrieval.llm.LlmSettings;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The token counters, fed by LangChain4j's real OpenAI and Ollama models over a stub server on loopback. */
class TokenMetricsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    final WireMockServer llm = StubLlm.started(10);
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final TokenMetrics tokens = new TokenMetrics(meters);

    @AfterEach
    void stop() {
        llm.stop();
    }

    @Test
    void should_count_input_and_output_tokens_when_openai_reports_its_usage() {
        llm.stubFor(post(StubLlm.COMPLETIONS).willReturn(StubLlm.completion("An answer.", 812, 23)));

        LlmModels.chat(settings(LlmProvider.OPENAI, llm.baseUrl() + "/v1"), List.of(tokens)).chat("A question?");

        assertThat(count("input")).isEqualTo(812);
        assertThat(count("output")).isEqualTo(23);
    }

    @Test
    void should_count_nothing_when_the_reply_reports_no_usage() {
        llm.stubFor(post(StubLlm.COMPLETIONS).willReturn(StubLlm.completion("An answer.")));

        LlmModels.chat(settings(LlmProvider.OPENAI, llm.baseUrl() + "/v1"), List.of(tokens)).chat("A question?");

        assertThat(count("input")).isZero();
        assertThat(count("output")).isZero();
    }

    @Test
    void should_count_ollamas_eval_counts_when_it_answers_whole() {
        llm.stubFor(post("/api/chat").willReturn(ollama(false)));

        LlmModels.chat(settings(LlmProvider.OLLAMA, llm.baseUrl()), List.of(tokens)).chat("A question?");

        assertThat(count("input")).isEqualTo(100);
        assertThat(count("output")).isEqualTo(20);
    }

    @Test
    void should_count_the_usage_chunk_when_openai_streams() throws Exception {
        String chunk = JSON.writeValueAsString(Map.of("id", "c", "object", "chat.completion.chunk", "created", 1,
                "model", "stub-model", "choices", List.of(Map.of("index", 0, "delta", Map.of("content", "An answer."),
                        "finish_reason", "stop"))));
        String usage = JSON.writeValueAsString(Map.of("id", "c", "object", "chat.completion.chunk", "created", 1,
                "model", "stub-model", "choices", List.of(), "usage", Map.of("prompt_tokens", 640,
                        "completion_tokens", 31, "total_tokens", 671)));
        llm.stubFor(post(StubLlm.COMPLETIONS).willReturn(aResponse().withHeader("Content-Type", "text/event-stream")
                .withBody("data: " + chunk + "\n\ndata: " + usage + "\n\ndata: [DONE]\n\n")));

        stream(settings(LlmProvider.OPENAI, llm.baseUrl() + "/v1"));

        assertThat(count("input")).isEqualTo(640);
        assertThat(count("output")).isEqualTo(31);
    }

    @Test
    void should_count_ollamas_eval_counts_when_it_streams() throws Exception {
        llm.stubFor(post("/api/chat").willReturn(ollama(true)));

        stream(settings(LlmProvider.OLLAMA, llm.baseUrl()));

        assertThat(count("input")).isEqualTo(100);
        assertThat(count("output")).isEqualTo(20);
    }

    private void stream(LlmSettings settings) throws Exception {
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        LlmModels.streaming(settings, List.of(tokens))
                .chat(List.of(UserMessage.from("A question?")), new StreamingChatResponseHandler() {
                    @Override
                    public void onPartialResponse(String partial) {
                    }

                    @Override
                    public void onCompleteResponse(ChatResponse response) {
                        done.complete(response);
                    }

                    @Override
                    public void onError(Throwable error) {
                        done.completeExceptionally(error);
                    }
                });
        done.get(10, TimeUnit.SECONDS);
    }

    private double count(String type) {
        return meters.get("picket.llm.tokens").tag("type", type).counter().count();
    }

    private static LlmSettings settings(LlmProvider provider, String url) {
        return new LlmSettings(provider, url, "stub-model", "sk-test", Duration.ofSeconds(5), null, null,
                Duration.ZERO);
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder ollama(boolean stream) {
        Map<String, Object> last = Map.of("model", "stub-model", "created_at", "2026-11-23T10:00:00Z",
                "message", Map.of("role", "assistant", "content", stream ? "" : "An answer."), "done", true,
                "done_reason", "stop", "prompt_eval_count", 100, "eval_count", 20);
        String body = stream ? JSON.writeValueAsString(Map.of("model", "stub-model", "created_at",
                "2026-11-23T10:00:00Z", "message", Map.of("role", "assistant", "content", "An answer."), "done", false))
                + "\n" + JSON.writeValueAsString(last) + "\n" : JSON.writeValueAsString(last);
        return aResponse().withStatus(200).withHeader("Content-Type", stream ? "application/x-ndjson"
                : "application/json").withBody(body);
    }
}
