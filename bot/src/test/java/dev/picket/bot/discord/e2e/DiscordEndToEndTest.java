package dev.picket.bot.discord.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import dev.picket.bot.SampleCorpusCopy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.additional-location=optional:file:../config/")
@DirtiesContext
class DiscordEndToEndTest {

    static final StandInDiscord discord = StandInDiscord.start();
    static Path work;

    @DynamicPropertySource
    static void discord(DynamicPropertyRegistry registry) {
        work = SampleCorpusCopy.serve(registry);
        registry.add("DISCORD_TOKEN", () -> "stand-in-token");
        registry.add("picket.discord.api-url", discord::apiUrl);
        registry.add("picket.discord.gateway-url", discord::gatewayUrl);
        registry.add("picket.discord.feedback.log", () -> work.resolve("feedback.jsonl").toString());
        registry.add("picket.discord.feedback.salt-file", () -> work.resolve("feedback.salt").toString());
    }

    @BeforeEach
    void ready() {
        discord.awaitBotReady();
    }

    @AfterAll
    static void stop() {
        discord.close();
    }

    @Test
    void should_answer_ask() {
        long id = Payloads.nextId();
        discord.dispatch("INTERACTION_CREATE", Payloads.slashCommand(id, "tok-" + id, Payloads.MEMBER, false, "ask",
                "question", "How many troops were to be deployed during the ambulance strikes?"));
        discord.awaitRequest(r -> r.method().equals("PATCH"));
        discord.requests().forEach(System.out::println);
    }
}
