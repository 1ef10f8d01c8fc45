package dev.picket.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class DiscordOffTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(DiscordConfiguration.class);

    @Test
    void should_create_no_discord_beans_when_the_token_is_missing() {
        runner.run(context -> assertThat(context).doesNotHaveBean(DiscordBot.class));
    }

    @Test
    void should_create_no_discord_beans_when_the_token_is_blank() {
        runner.withPropertyValues("DISCORD_TOKEN= ")
                .run(context -> assertThat(context).doesNotHaveBean(DiscordBot.class));
    }
}
