package dev.picket.bot;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import tools.jackson.databind.json.JsonMapper;

/** A stub OpenAI-compatible server on loopback, and the replies it serves in OpenAI's wire format. */
public final class StubLlm {

    public static final String COMPLETIONS = "/v1/chat/completions";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StubLlm() {
    }

    /** A started server on a free loopback port, with room for this many requests at once. */
    public static WireMockServer started(int threads) {
        WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")
                .containerThreads(threads));
        server.start();
        return server;
    }

    /** A chat completion whose message is this content. */
    public static ResponseDefinitionBuilder completion(String content) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(
                JSON.writeValueAsString(Map.of("id", "chatcmpl-1", "object", "chat.completion",
                        "created", 1_700_000_000, "model", "stub-model", "choices", List.of(Map.of("index", 0,
                                "finish_reason", "stop", "message", Map.of("role", "assistant", "content", content))))));
    }

    /** A chat completion whose message is this content, with the token usage OpenAI reports. */
    public static ResponseDefinitionBuilder completion(String content, int promptTokens, int completionTokens) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(
                JSON.writeValueAsString(Map.of("id", "chatcmpl-1", "object", "chat.completion",
                        "created", 1_700_000_000, "model", "stub-model", "choices", List.of(Map.of("index", 0,
                                "finish_reason", "stop", "message", Map.of("role", "assistant", "content", content))),
                        "usage", Map.of("prompt_tokens", promptTokens, "completion_tokens", completionTokens,
                                "total_tokens", promptTokens + completionTokens))));
    }

    /** An error status with an OpenAI-style error body. */
    public static ResponseDefinitionBuilder status(int status) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"error\": {\"message\": \"stub failure\", \"type\": \"server_error\"}}");
    }
}
