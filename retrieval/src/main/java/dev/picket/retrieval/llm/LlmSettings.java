package dev.picket.retrieval.llm;

import java.time.Duration;
import java.util.Objects;

/**
 * How to reach the LLM.
 *
 * @param baseUrl      for {@code openai} a URL that includes {@code /v1}; null for the provider's default
 * @param apiKey       the bearer key, or null for servers that need none; never printed
 * @param timeout      the most one answer may wait for the LLM, retries included
 * @param temperature  null for the server's default
 * @param maxTokens    the longest completion, or null for the server's default
 * @param maxRetryWait the longest a {@code 429 Retry-After} is waited for, once; a longer one is not waited for
 */
public record LlmSettings(LlmProvider provider, String baseUrl, String model, String apiKey, Duration timeout,
                          Double temperature, Integer maxTokens, Duration maxRetryWait) {

    public static final String OPENAI_URL = "https://api.openai.com/v1";
    public static final String OLLAMA_URL = "http://localhost:11434";

    public LlmSettings {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(maxRetryWait, "maxRetryWait");
        if (provider != LlmProvider.NONE && (model == null || model.isBlank())) {
            throw new IllegalArgumentException("picket.llm.model must name the model when the provider is "
                    + provider.name().toLowerCase(java.util.Locale.ROOT));
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("picket.llm.timeout must be positive");
        }
        if (maxTokens != null && maxTokens < 1) {
            throw new IllegalArgumentException("picket.llm.max-tokens must be at least 1");
        }
        if (temperature != null && (temperature < 0 || temperature > 2)) {
            throw new IllegalArgumentException("picket.llm.temperature must be from 0 to 2");
        }
    }

    /** The base URL to call: the configured one, else the provider's usual address. */
    public String url() {
        if (baseUrl != null && !baseUrl.isBlank()) {
            return baseUrl.strip();
        }
        return provider == LlmProvider.OLLAMA ? OLLAMA_URL : OPENAI_URL;
    }

    /** The base URL without any user info, for logs and health. */
    public String displayUrl() {
        return url().replaceFirst("//[^/@]*@", "//");
    }

    @Override
    public String toString() {
        return "LlmSettings[provider=" + provider + ", baseUrl=" + displayUrl() + ", model=" + model + ", apiKey="
                + (apiKey == null || apiKey.isBlank() ? "(none)" : "(set)") + ", timeout=" + timeout
                + ", temperature=" + temperature + ", maxTokens=" + maxTokens + ", maxRetryWait=" + maxRetryWait
                + "]";
    }
}
