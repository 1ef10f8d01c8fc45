package dev.picket.retrieval.llm;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Response bodies in the real wire formats of OpenAI chat completions and Ollama's /api/chat. */
final class LlmStub {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private LlmStub() {
    }

    static String openAi(String content) {
        return JSON.writeValueAsString(Map.of("id", "chatcmpl-1", "object", "chat.completion",
                "created", 1_700_000_000, "model", "stub-model",
                "choices", List.of(Map.of("index", 0, "finish_reason", "stop",
                        "message", Map.of("role", "assistant", "content", content))),
                "usage", Map.of("prompt_tokens", 100, "completion_tokens", 20, "total_tokens", 120)));
    }

    /** Server-sent events: one chunk per delta, a final chunk with the finish reason, then [DONE]. */
    static String openAiStream(List<String> deltas) {
        StringBuilder sse = new StringBuilder();
        for (String d : deltas) {
            sse.append("data: ").append(JSON.writeValueAsString(chunk(Map.of("role", "assistant", "content", d),
                    null))).append("\n\n");
        }
        sse.append("data: ").append(JSON.writeValueAsString(chunk(Map.of(), "stop"))).append("\n\n");
        return sse.append("data: [DONE]\n\n").toString();
    }

    private static Map<String, Object> chunk(Map<String, Object> delta, String finish) {
        Map<String, Object> choice = new java.util.HashMap<>(Map.of("index", 0, "delta", delta));
        choice.put("finish_reason", finish);
        return Map.of("id", "chatcmpl-1", "object", "chat.completion.chunk", "created", 1_700_000_000,
                "model", "stub-model", "choices", List.of(choice));
    }

    static String ollama(String content) {
        return JSON.writeValueAsString(Map.of("model", "stub-model", "created_at", "2026-11-23T10:00:00Z",
                "message", Map.of("role", "assistant", "content", content), "done", true, "done_reason", "stop",
                "total_duration", 1000, "prompt_eval_count", 100, "eval_count", 20));
    }

    /** Newline-delimited JSON: one object per delta, then the done object. */
    static String ollamaStream(List<String> deltas) {
        StringBuilder nd = new StringBuilder();
        for (String d : deltas) {
            nd.append(JSON.writeValueAsString(Map.of("model", "stub-model", "created_at", "2026-11-23T10:00:00Z",
                    "message", Map.of("role", "assistant", "content", d), "done", false))).append('\n');
        }
        nd.append(JSON.writeValueAsString(Map.of("model", "stub-model", "created_at", "2026-11-23T10:00:00Z",
                "message", Map.of("role", "assistant", "content", ""), "done", true, "done_reason", "stop",
                "prompt_eval_count", 100, "eval_count", 20))).append('\n');
        return nd.toString();
    }

    /** The messages of a recorded request body, OpenAI's and Ollama's alike. */
    static List<JsonNode> messages(String requestBody) {
        return JSON.readTree(requestBody).get("messages").valueStream().toList();
    }
}
