package dev.picket.retrieval.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LlmSettingsTest {

    private static LlmSettings settings(LlmProvider provider, String url, String model, String key) {
        return new LlmSettings(provider, url, model, key, Duration.ofSeconds(60), null, null, Duration.ofSeconds(5));
    }

    @Test
    void should_never_print_the_api_key_or_url_credentials_when_logged() {
        LlmSettings s = settings(LlmProvider.OPENAI, "https://user:pw@llm.example/v1", "gpt", "sk-secret-123");

        assertThat(s.toString()).doesNotContain("sk-secret-123").doesNotContain("pw@").contains("apiKey=(set)")
                .contains("https://llm.example/v1");
    }

    @Test
    void should_use_the_providers_usual_address_when_no_base_url_is_set() {
        assertThat(settings(LlmProvider.OLLAMA, " ", "llama3", null).url()).isEqualTo("http://localhost:11434");
        assertThat(settings(LlmProvider.OPENAI, null, "gpt", null).url()).isEqualTo("https://api.openai.com/v1");
    }

    @Test
    void should_reject_an_llm_without_a_model_when_configured() {
        assertThatThrownBy(() -> settings(LlmProvider.OLLAMA, null, "", null))
                .hasMessageContaining("picket.llm.model");
    }

    @Test
    void should_fill_in_today_when_rendering_the_system_prompt() {
        String text = SystemPrompt.of("Rules. Today's date is {{today}}.").render(LocalDate.of(2026, 11, 23));

        assertThat(text).isEqualTo("Rules. Today's date is Monday 23 November 2026 (2026-11-23).");
    }

    @Test
    void should_read_the_operators_template_when_the_file_exists(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("system.txt"), "Custom rules for {{today}}.");

        assertThat(SystemPrompt.load(file).render(LocalDate.of(2026, 1, 2))).startsWith("Custom rules for Friday");
    }

    @Test
    void should_use_the_built_in_template_when_the_file_is_missing(@TempDir Path dir) {
        String text = SystemPrompt.load(dir.resolve("missing.txt")).render(LocalDate.of(2026, 1, 2));

        assertThat(text).contains("Answer only from the numbered sources", "Today's date is Friday 2 January 2026");
    }
}
