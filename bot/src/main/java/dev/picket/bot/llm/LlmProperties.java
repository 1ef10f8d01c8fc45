package dev.picket.bot.llm;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import dev.picket.retrieval.PassageRetriever;
import dev.picket.retrieval.llm.LlmProvider;
import dev.picket.retrieval.llm.LlmSettings;
import dev.picket.retrieval.llm.PassageContentRetriever;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code picket.llm.*}: the optional LLM that writes answers from the retrieved passages.
 *
 * @param provider       {@code none} (extractive), {@code openai} (any OpenAI-compatible server) or {@code ollama}
 * @param baseUrl        for {@code openai} a URL that includes {@code /v1}; unset for the provider's default
 * @param apiKey         from the environment as {@code PICKET_LLM_API_KEY}; never logged
 * @param timeout        the most an answer waits for the LLM before answering extractively
 * @param systemPrompt   the prompt template; the built-in copy is used when the file does not exist
 * @param followUpPrompt the template a follow-up is rewritten into a standalone question by; built-in without it
 * @param passages       how many retrieved passages the LLM is given for a fact
 * @param broadPassages  how many for a list, an overview, a cause or a vague question, within the budget
 * @param maxContextTokens the most tokens, roughly counted, the sources may take in the prompt
 * @param maxRetryWait   the longest {@code Retry-After} of a 429 that is waited for, once
 * @param circuitOpenFor how long picket stops calling an LLM that keeps failing
 * @param maxConcurrentCalls LLM calls in flight at once, streams included
 * @param queueWait      how long a question waits for a free call before it is answered extractively
 */
@ConfigurationProperties(LlmProperties.PREFIX)
public record LlmProperties(@DefaultValue("none") LlmProvider provider, String baseUrl, String model, String apiKey,
                            @DefaultValue("60s") Duration timeout, Double temperature, Integer maxTokens,
                            @DefaultValue("config/prompts/system.txt") Path systemPrompt,
                            @DefaultValue("config/prompts/rewrite.txt") Path followUpPrompt,
                            @DefaultValue("5") int passages, @DefaultValue("10") int broadPassages,
                            @DefaultValue("3000") int maxContextTokens, @DefaultValue("5s") Duration maxRetryWait,
                            @DefaultValue("30s") Duration circuitOpenFor,
                            @DefaultValue("8") int maxConcurrentCalls, @DefaultValue("2s") Duration queueWait) {

    static final String PREFIX = "picket.llm";

    public LlmProperties {
        if (provider == null) {
            throw new IllegalArgumentException("picket.llm.provider must be none, openai or ollama");
        }
        if (passages < 1 || passages > 20 || broadPassages < 1 || broadPassages > 20) {
            throw new IllegalArgumentException("picket.llm.passages and picket.llm.broad-passages must be from 1 to 20");
        }
        if (maxContextTokens < 100) {
            throw new IllegalArgumentException("picket.llm.max-context-tokens must be at least 100");
        }
        if (maxConcurrentCalls < 1) {
            throw new IllegalArgumentException("picket.llm.max-concurrent-calls must be at least 1");
        }
    }

    public boolean enabled() {
        return provider != LlmProvider.NONE;
    }

    /** The provider as configured, in lower case: {@code none}, {@code openai} or {@code ollama}. */
    public String providerName() {
        return provider.name().toLowerCase(Locale.ROOT);
    }

    LlmSettings settings() {
        return new LlmSettings(provider, blankToNull(baseUrl), blankToNull(model), blankToNull(apiKey), timeout,
                temperature, maxTokens, maxRetryWait);
    }

    /** What the LLM is given for a question: the passages of the search, adapted to the question, in budget. */
    public PassageContentRetriever contentRetriever(PassageRetriever retriever) {
        return PassageContentRetriever.builder().retriever(retriever).maxResults(passages)
                .broadResults(broadPassages).maxContextTokens(maxContextTokens).build();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public String toString() {
        return "LlmProperties[" + (enabled() ? settings().toString() : "provider=NONE") + ", systemPrompt="
                + systemPrompt + ", followUpPrompt=" + followUpPrompt + ", passages=" + passages
                + ", broadPassages=" + broadPassages
                + ", maxContextTokens=" + maxContextTokens + ", circuitOpenFor=" + circuitOpenFor
                + ", maxConcurrentCalls=" + maxConcurrentCalls + ", queueWait=" + queueWait + "]";
    }
}
