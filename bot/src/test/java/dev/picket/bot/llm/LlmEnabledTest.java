package dev.picket.bot.llm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.env.MockEnvironment;

class LlmEnabledTest {

    @Test
    void should_answer_extractively_when_no_provider_is_set() {
        assertThat(LlmEnabled.enabled(new MockEnvironment())).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "NONE", " none ", ""})
    void should_answer_extractively_when_the_provider_is_none_or_blank(String provider) {
        assertThat(LlmEnabled.enabled(environment(provider))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"openai", "OpenAI", "ollama"})
    void should_use_the_llm_when_the_provider_names_one(String provider) {
        assertThat(LlmEnabled.enabled(environment(provider))).isTrue();
    }

    // Counted as an LLM so that binding LlmProperties fails start-up with the valid values.
    @ParameterizedTest
    @ValueSource(strings = {"gpt", "open-ai-ish"})
    void should_count_as_an_llm_when_the_provider_names_none_that_exists(String provider) {
        assertThat(LlmEnabled.enabled(environment(provider))).isTrue();
    }

    private static MockEnvironment environment(String provider) {
        return new MockEnvironment().withProperty("picket.llm.provider", provider);
    }
}
