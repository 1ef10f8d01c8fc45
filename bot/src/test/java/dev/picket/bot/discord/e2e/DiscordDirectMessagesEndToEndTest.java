package dev.picket.bot.discord.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@code picket.discord.allow-dms: true}: a direct message is answered in its DM channel, no mention needed. */
class DiscordDirectMessagesEndToEndTest extends StandInAppTest {

    static final StandInDiscord discord = standIn(DiscordDirectMessagesEndToEndTest.class);

    @DynamicPropertySource
    static void discord(DynamicPropertyRegistry registry) {
        serve(registry, discord);
        registry.add("picket.discord.allow-dms", () -> "true");
    }

    @Test
    void should_answer_in_the_dm_channel_when_dms_are_allowed() {
        long dm = Payloads.nextId();
        long question = discord.directMessage(Payloads.nextId(), dm, TROOPS);

        Recorded reply = discord.awaitRequest(r -> r.repliesTo(question));

        assertThat(reply.path()).isEqualTo("/channels/" + dm + "/messages");
        assertThat(reply.content()).contains(answerText(TROOPS));
        assertThat(discord.identify().path("intents").asLong()
                & net.dv8tion.jda.api.requests.GatewayIntent.DIRECT_MESSAGES.getRawValue()).isNotZero();
    }
}
