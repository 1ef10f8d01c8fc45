package dev.picket.bot.discord.about;

import static org.assertj.core.api.Assertions.assertThat;

import dev.picket.bot.discord.Fixtures;
import org.junit.jupiter.api.Test;

class AboutCommandTest {

    @Test
    void should_give_the_date_range_and_extractive_mode_when_no_llm_is_set() {
        assertThat(new AboutCommand(() -> Fixtures.CORPUS, "none").text())
                .contains("**Articles:** 3 news articles from 11 Dec 2022 to 14 Mar 2023 (BBC News and Sky News).")
                .contains("**Mode:** **extractive**");
    }

    @Test
    void should_name_the_llm_when_one_is_set() {
        assertThat(new AboutCommand(() -> Fixtures.CORPUS, "ollama").text()).contains("**Mode:** **LLM** (ollama)");
    }
}
