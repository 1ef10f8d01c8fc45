package dev.picket.bot.discord.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Thread mode through the real JDA: each new question opens a thread, and the answer goes there. */
class DiscordThreadModeEndToEndTest extends StandInAppTest {

    static final StandInDiscord discord = standIn(DiscordThreadModeEndToEndTest.class);

    @DynamicPropertySource
    static void discord(DynamicPropertyRegistry registry) {
        serve(registry, discord);
        registry.add("picket.discord.thread-mode", () -> "true");
    }

    @Test
    void should_open_a_thread_named_after_the_question_and_answer_in_it_when_mentioned() {
        long question = discord.post(Payloads.nextId(), Payloads.atBot(TROOPS), null);

        Recorded thread = discord.awaitRequest(r -> r.path().equals(threadsOf(question)));
        Recorded answer = discord.awaitRequest(r -> r.path().equals("/channels/" + question + "/messages"));

        assertThat(thread.body().path("name").asText()).isEqualTo(TROOPS);
        assertThat(answer.content()).startsWith("> " + TROOPS + "\n").contains(answerText(TROOPS));
        assertThat(answer.body().path("allowed_mentions").path("parse")).isEmpty();
    }

    @Test
    void should_say_where_and_answer_in_a_thread_from_its_reply_when_asked_with_slash_ask() {
        String token = discord.slashCommand(Payloads.nextId(), false, "ask", "question", TROOPS);

        Recorded pointer = discord.awaitRequest(r -> r.viaHook(token) && "PATCH".equals(r.method()));
        String original = pointer.response().path("id").asText();
        Recorded thread = discord.awaitRequest(r -> r.path().equals("/channels/" + Payloads.CHANNEL + "/messages/"
                + original + "/threads"));
        Recorded answer = discord.awaitRequest(r -> r.path().equals("/channels/" + original + "/messages"));

        assertThat(pointer.content()).isEqualTo("> " + TROOPS + "\nAnswering in the thread below.");
        assertThat(thread.body().path("name").asText()).isEqualTo(TROOPS);
        assertThat(answer.content()).startsWith("> " + TROOPS + "\n").contains(answerText(TROOPS));
    }

    @Test
    void should_answer_a_follow_up_in_place_when_a_user_replies_in_the_thread() {
        long user = Payloads.nextId();
        long question = discord.post(user, Payloads.atBot(TROOPS), null);
        Recorded first = discord.awaitRequest(r -> r.path().equals("/channels/" + question + "/messages"));
        JsonNode answer = discord.message(first.response().path("id").asText());
        String followUp = "And when was that?";

        long reply = discord.post(user, question, followUp, answer);

        Recorded second = discord.awaitRequest(r -> r.repliesTo(reply));
        assertThat(second.path()).isEqualTo("/channels/" + question + "/messages");
        assertThat(second.content()).contains(answerText(followUp + " " + TROOPS));
        assertThat(discord.requests()).noneMatch(r -> r.path().equals(threadsOf(reply)));
    }

    @Test
    void should_answer_in_place_when_the_bot_may_not_open_a_thread_in_the_channel() {
        long question = discord.post(Payloads.nextId(), Payloads.NO_THREADS_CHANNEL, Payloads.atBot(TROOPS), null);

        Recorded answer = discord.awaitRequest(r -> r.repliesTo(question));

        assertThat(answer.path()).isEqualTo("/channels/" + Payloads.NO_THREADS_CHANNEL + "/messages");
        assertThat(answer.content()).contains(answerText(TROOPS));
    }

    private static String threadsOf(long message) {
        return "/channels/" + Payloads.CHANNEL + "/messages/" + message + "/threads";
    }

}
