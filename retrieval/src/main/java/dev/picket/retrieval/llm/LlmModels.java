package dev.picket.retrieval.llm;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;

import dev.langchain4j.http.client.jdk.JdkHttpClientBuilder;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;

/**
 * Builds LangChain4j's chat models for the configured provider. LangChain4j's own retries are off: picket
 * retries only a {@code 429} once, as its {@code Retry-After} says, and otherwise falls back to extractive.
 */
public final class LlmModels {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    private LlmModels() {
    }

    public static ChatModel chat(LlmSettings s) {
        return chat(s, List.of());
    }

    /** As {@link #chat(LlmSettings)}, telling {@code listeners} of every call (the bot counts tokens so). */
    public static ChatModel chat(LlmSettings s, List<ChatModelListener> listeners) {
        return switch (s.provider()) {
            case OPENAI -> OpenAiChatModel.builder().httpClientBuilder(http(s)).baseUrl(s.url())
                    .apiKey(s.apiKey()).modelName(s.model()).timeout(s.timeout()).temperature(s.temperature())
                    .maxTokens(s.maxTokens()).maxRetries(0).listeners(listeners).build();
            case OLLAMA -> OllamaChatModel.builder().httpClientBuilder(http(s)).baseUrl(s.url())
                    .modelName(s.model()).timeout(s.timeout()).temperature(s.temperature())
                    .numPredict(s.maxTokens()).maxRetries(0).listeners(listeners).build();
            case NONE -> throw new IllegalArgumentException("no LLM is configured");
        };
    }

    public static StreamingChatModel streaming(LlmSettings s) {
        return streaming(s, List.of());
    }

    /** As {@link #streaming(LlmSettings)}, telling {@code listeners} of every call. */
    public static StreamingChatModel streaming(LlmSettings s, List<ChatModelListener> listeners) {
        return switch (s.provider()) {
            case OPENAI -> OpenAiStreamingChatModel.builder().httpClientBuilder(http(s)).baseUrl(s.url())
                    .apiKey(s.apiKey()).modelName(s.model()).timeout(s.timeout()).temperature(s.temperature())
                    .maxTokens(s.maxTokens()).listeners(listeners).build();
            case OLLAMA -> OllamaStreamingChatModel.builder().httpClientBuilder(http(s)).baseUrl(s.url())
                    .modelName(s.model()).timeout(s.timeout()).temperature(s.temperature())
                    .numPredict(s.maxTokens()).listeners(listeners).build();
            case NONE -> throw new IllegalArgumentException("no LLM is configured");
        };
    }

    private static JdkHttpClientBuilder http(LlmSettings s) {
        HttpClient.Builder jdk = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1);
        return new JdkHttpClientBuilder()
                .httpClientBuilder(new RetryAfterHttpClient.Builder(jdk, s.maxRetryWait()))
                .connectTimeout(CONNECT_TIMEOUT.compareTo(s.timeout()) < 0 ? CONNECT_TIMEOUT : s.timeout())
                .readTimeout(s.timeout());
    }
}
