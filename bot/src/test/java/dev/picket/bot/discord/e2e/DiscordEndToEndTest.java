package dev.picket.bot.discord.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import net.dv8tion.jda.api.requests.GatewayIntent;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The real JDA and the whole app against a stand-in Discord on loopback: what picket sends for slash commands,
 * mentions, follow-ups and button clicks, checked on the wire.
 */
class DiscordEndToEndTest extends StandInAppTest {

    /** Discord's deadline for acknowledging an interaction. */
    static final Duration INTERACTION_DEADLINE = Duration.ofSeconds(3);
    static final String NO_PINGS = """
            {"parse": [], "replied_user": false}""";

    static final StandInDiscord discord = standIn(DiscordEndToEndTest.class);
    static Path work;

    @DynamicPropertySource
    static void discord(DynamicPropertyRegistry registry) {
        work = serve(registry, discord);
        // Health details are for the admin token by default; this test reads the discord component's.
        registry.add("management.endpoint.health.show-details", () -> "always");
    }

    @Test
    void should_identify_with_guild_messages_and_no_privileged_intent_when_it_connects() {
        long intents = discord.identify().path("intents").asLong();

        assertThat(intents & GatewayIntent.GUILD_MESSAGES.getRawValue()).isNotZero();
        assertThat(intents & (GatewayIntent.MESSAGE_CONTENT.getRawValue() | GatewayIntent.GUILD_MEMBERS.getRawValue()
                | GatewayIntent.GUILD_PRESENCES.getRawValue())).isZero();
    }

    @Test
    void should_report_discord_up_with_ping_guilds_and_shard_when_connected() {
        JsonNode discordHealth = Json.parse(http.getForObject("/actuator/health", String.class))
                .path("components").path("discord");

        assertThat(discordHealth.path("status").asText()).isEqualTo("UP");
        assertThat(discordHealth.path("details").path("guilds").asInt()).isEqualTo(1);
        assertThat(discordHealth.path("details").path("shard").asText()).isEqualTo("[0 / 1]");
        assertThat(discordHealth.path("details").path("status").asText()).isEqualTo("CONNECTED");
        assertThat(discordHealth.path("details").has("gatewayPingMs")).isTrue();
    }

    @Test
    void should_ignore_a_direct_message_when_dms_are_not_allowed() {
        long dm = Payloads.nextId();
        long direct = discord.directMessage(Payloads.nextId(), dm, TROOPS);
        // Events are handled in order, and a DM that were taken would be queued before the later mention, so once
        // the mention is answered the DM has been seen and, with no reply to it, passed over.
        long later = discord.post(Payloads.nextId(), Payloads.atBot(TROOPS), null);
        discord.awaitRequest(r -> r.repliesTo(later));

        assertThat(discord.requests()).noneMatch(r -> r.repliesTo(direct) || r.path().startsWith("/channels/" + dm));
    }

    @Test
    void should_defer_at_once_then_edit_in_the_cited_answer_when_asked_with_slash_ask() throws Exception {
        Instant asked = Instant.now();
        String token = ask(Payloads.nextId(), TROOPS);

        Recorded callback = discord.awaitRequest(r -> r.answers(token));
        Recorded edit = discord.awaitRequest(r -> r.viaHook(token) && "PATCH".equals(r.method()));

        // Discord's deadline is three seconds; a stopwatch on it fails on a loaded machine, so the test checks what
        // makes the deadline safe: the acknowledgement is the first thing picket sends, before the answer exists.
        System.out.printf("slash ask acknowledged after %d ms (Discord allows %d)%n",
                Duration.between(asked, callback.at()).toMillis(), INTERACTION_DEADLINE.toMillis());
        List<Recorded> forToken = discord.requests().stream().filter(r -> r.answers(token) || r.viaHook(token)).toList();
        assertThat(forToken.getFirst()).isEqualTo(callback);
        assertThat(forToken.indexOf(callback)).isLessThan(forToken.indexOf(edit));
        JSONAssert.assertEquals("{\"type\": 5}", callback.body().toString(), JSONCompareMode.STRICT);
        assertThat(edit.path()).endsWith("/messages/@original");
        String answerId = feedbackId(edit.body());
        JSONAssert.assertEquals("""
                {"content": %s,
                 "components": [{"type": 1, "components": [
                    {"type": 2, "style": 2, "custom_id": "vote:up:%s", "emoji": {"name": "👍"}, "disabled": false},
                    {"type": 2, "style": 2, "custom_id": "vote:down:%s", "emoji": {"name": "👎"}, "disabled": false}]}],
                 "allowed_mentions": %s}""".formatted(Json.write(Json.MAPPER.valueToTree(
                        "> " + TROOPS + "\n" + cited(TROOPS))), answerId, answerId, NO_PINGS),
                edit.body().toString(), JSONCompareMode.STRICT);
        assertThat(edit.content()).contains("[1]").contains("**Sources:**\n[1] ");
    }

    @Test
    void should_set_the_ephemeral_flag_on_the_callback_when_asked_privately() throws Exception {
        String token = ask(Payloads.nextId(), TROOPS, "private", true);

        Recorded callback = discord.awaitRequest(r -> r.answers(token));
        Recorded edit = discord.awaitRequest(r -> r.viaHook(token) && "PATCH".equals(r.method()));

        JSONAssert.assertEquals("{\"type\": 5, \"data\": {\"flags\": 64}}", callback.body().toString(),
                JSONCompareMode.STRICT);
        assertThat(edit.content()).contains(answerText(TROOPS));
    }

    @Test
    void should_reply_to_the_question_when_the_bot_is_mentioned() throws Exception {
        long user = Payloads.nextId();
        long question = discord.post(user, Payloads.atBot(TROOPS), null);

        Recorded reply = discord.awaitRequest(r -> r.repliesTo(question));

        String answerId = feedbackId(reply.body());
        JsonNode body = reply.body().deepCopy();
        assertThat(((com.fasterxml.jackson.databind.node.ObjectNode) body).remove("nonce")).isNotNull();
        JSONAssert.assertEquals("""
                {"content": %s,
                 "components": [{"type": 1, "components": [
                    {"type": 2, "style": 2, "custom_id": "vote:up:%s", "emoji": {"name": "👍"}, "disabled": false},
                    {"type": 2, "style": 2, "custom_id": "vote:down:%s", "emoji": {"name": "👎"}, "disabled": false}]}],
                 "message_reference": {"type": 0, "message_id": "%d", "channel_id": "%d", "guild_id": "%d",
                                       "fail_if_not_exists": false},
                 "allowed_mentions": %s,
                 "tts": false, "flags": 0, "poll": null, "embeds": [], "enforce_nonce": true}"""
                        .formatted(Json.write(Json.MAPPER.valueToTree(cited(TROOPS))), answerId, answerId, question,
                                Payloads.CHANNEL, Payloads.GUILD, NO_PINGS),
                body.toString(), JSONCompareMode.STRICT);
    }

    @Test
    void should_show_a_failure_with_a_reference_when_discord_refuses_the_answer() {
        long user = Payloads.nextId();
        discord.refuseOnce(r -> r.postsInChannel() && String.valueOf(user).equals(discord.message(
                r.body().path("message_reference").path("message_id").asText()).path("author").path("id").asText()));

        long question = discord.post(user, Payloads.atBot(TROOPS), null);

        List<Recorded> replies = discord.awaitRequests(r -> r.repliesTo(question), 2);
        assertThat(replies.getFirst().content()).contains(answerText(TROOPS));
        assertThat(replies.get(1).content()).startsWith("Sorry, something went wrong").containsPattern("reference `\\S+`");
    }

    @Test
    void should_answer_with_the_earlier_question_in_mind_when_a_user_replies_to_an_answer() {
        String followUp = "And when was that?";
        String combined = followUp + " " + TROOPS;
        assertThat(answerText(combined)).as("the follow-up alone must not give the same answer")
                .isNotEqualTo(answerText(followUp));
        long user = Payloads.nextId();
        long first = discord.post(user, Payloads.atBot(TROOPS), null);
        JsonNode answer = discord.message(discord.awaitRequest(r -> r.repliesTo(first)).response().path("id").asText());

        long second = discord.post(user, followUp, answer);
        Recorded reply = discord.awaitRequest(r -> r.repliesTo(second));

        assertThat(reply.content()).contains(answerText(combined));
    }

    @Test
    void should_follow_up_on_the_quoted_question_when_a_user_replies_to_a_slash_ask_answer() {
        String followUp = "And when was that?";
        long user = Payloads.nextId();
        String token = ask(user, TROOPS);
        Recorded edit = discord.awaitRequest(r -> r.viaHook(token) && "PATCH".equals(r.method()));
        JsonNode answer = discord.message(edit.response().path("id").asText());

        long reply = discord.post(user, followUp, answer);

        assertThat(discord.awaitRequest(r -> r.repliesTo(reply)).content())
                .contains(answerText(followUp + " " + TROOPS));
    }

    @Test
    void should_thank_privately_and_log_one_vote_when_a_user_clicks_thumbs_up_twice() throws IOException {
        long user = Payloads.nextId();
        long question = discord.post(user, Payloads.atBot(TROOPS), null);
        Recorded reply = discord.awaitRequest(r -> r.repliesTo(question));
        JsonNode answer = discord.message(reply.response().path("id").asText());
        String upId = answer.path("components").path(0).path("components").path(0).path("custom_id").asText();
        String answerId = feedbackId(reply.body());

        String first = discord.click(user, upId, answer);
        Recorded thanks = discord.awaitRequest(r -> r.answers(first));
        List<JsonNode> votesAfterFirst = votes(answerId);
        String second = discord.click(user, upId, answer);
        Recorded again = discord.awaitRequest(r -> r.answers(second));

        assertThat(thanks.body().path("type").asInt()).isEqualTo(4);
        assertThat(thanks.message().path("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
        assertThat(thanks.content()).startsWith("Thanks for the feedback");
        assertThat(votesAfterFirst).singleElement().satisfies(v -> {
            assertThat(v.path("vote").asText()).isEqualToIgnoringCase("up");
            assertThat(v.path("question").asText()).isEqualTo(TROOPS);
        });
        assertThat(again.content()).contains("already rated");
        assertThat(again.message().path("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
        assertThat(votes(answerId)).hasSize(1);
    }

    @Test
    void should_tell_the_user_to_wait_when_they_ask_a_sixth_question_within_a_minute() {
        long user = Payloads.nextId();
        List<String> tokens = java.util.stream.IntStream.range(0, 6).mapToObj(i -> ask(user, TROOPS)).toList();

        List<Recorded> callbacks = tokens.stream().map(t -> discord.awaitRequest(r -> r.answers(t))).toList();

        assertThat(callbacks.subList(0, 5)).allSatisfy(c -> assertThat(c.body().path("type").asInt()).isEqualTo(5));
        Recorded sixth = callbacks.get(5);
        assertThat(sixth.body().path("type").asInt()).isEqualTo(4);
        assertThat(sixth.message().path("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
        assertThat(sixth.content()).matches("You're asking faster than I can keep up with\\. Please try again in \\d+ s\\.");
        discord.awaitRequests(r -> tokens.stream().limit(5).anyMatch(r::viaHook) && "PATCH".equals(r.method()), 1);
        String scrape = http.getForObject("/actuator/prometheus", String.class);
        assertThat(scrape).containsPattern("picket_discord_refusals_total\\{reason=\"rate_limit\"} [1-9]")
                .contains("picket_discord_queue_depth ", "picket_discord_refusals_total{reason=\"queue_full\"}")
                .containsPattern("picket_answer_seconds_count\\{front_end=\"discord\",mode=\"extractive\",outcome=\"answered\"} [1-9]");
    }

    @Test
    void should_allow_no_mentions_in_any_message_it_sends_or_edits_when_questions_hold_everyone() {
        long user = Payloads.nextId();
        String everyone = "@everyone " + TROOPS;
        String slash = ask(user, everyone);
        String privately = ask(Payloads.nextId(), everyone, "private", true);
        long mentioned = discord.post(Payloads.nextId(), Payloads.atBot(everyone + " <@&" + Payloads.MODERATOR_ROLE + ">"), null);
        long tooLong = discord.post(Payloads.nextId(), Payloads.atBot("@everyone " + "why ".repeat(300)), null);
        String sources = discord.slashCommand(user, false, "sources");
        String about = discord.slashCommand(user, false, "about");
        JsonNode sourcesShown = discord.message(discord.awaitRequest(r -> r.answers(sources)).response()
                .path("resource").path("message").path("id").asText());
        String page = discord.click(user, "sources:1", sourcesShown);
        discord.awaitRequest(r -> r.answers(about));
        discord.awaitRequest(r -> r.answers(page));
        discord.awaitRequest(r -> r.viaHook(slash) && "PATCH".equals(r.method()));
        discord.awaitRequest(r -> r.viaHook(privately) && "PATCH".equals(r.method()));
        discord.awaitRequest(r -> r.repliesTo(mentioned));
        discord.awaitRequest(r -> r.repliesTo(tooLong));

        List<Recorded> written = discord.requests().stream().filter(Recorded::writesMessage).toList();

        assertThat(written).hasSizeGreaterThanOrEqualTo(7).allSatisfy(r -> {
            assertThat(r.message().path("allowed_mentions").path("parse").isArray()).as(r.toString()).isTrue();
            assertThat(r.message().path("allowed_mentions").path("parse")).as(r.toString()).isEmpty();
            assertThat(r.content()).as(r.toString()).doesNotContain("@everyone");
        });
    }

    @Test
    void should_send_a_long_answer_as_several_messages_within_discords_limit_when_it_is_long() {
        long question = discord.post(Payloads.nextId(), Payloads.atBot(E2eCorpus.LONG_QUESTION), null);

        Recorded first = discord.awaitRequest(r -> r.repliesTo(question));
        // The feedback buttons go under the last part; the parts after the first are plain messages.
        Recorded last = discord.awaitRequest(r -> r.postsInChannel() && !r.at().isBefore(first.at())
                && !r.body().has("message_reference") && !r.body().path("components").isEmpty());

        List<Recorded> all = discord.requests();
        List<Recorded> answer = all.subList(all.indexOf(first), all.indexOf(last) + 1).stream()
                .filter(r -> r.equals(first) || r.postsInChannel() && !r.body().has("message_reference")).toList();
        assertThat(answer).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(p -> assertThat(p.content().length()).isLessThanOrEqualTo(2_000));
        assertThat(String.join("\n", answer.stream().map(Recorded::content).toList()))
                .contains("**Sources:**").contains("[3]");
    }

    @Test
    void should_keep_every_part_private_when_a_private_answer_is_long() {
        String token = ask(Payloads.nextId(), E2eCorpus.LONG_QUESTION, "private", true);

        Recorded followUp = discord.awaitRequest(r -> r.viaHook(token) && "POST".equals(r.method()));

        assertThat(discord.awaitRequest(r -> r.answers(token)).message().path("flags").asInt() & 64).isEqualTo(64);
        assertThat(followUp.content().length()).isBetween(1, 2_000);
        assertThat(followUp.body().path("flags").asInt() & 64).as("ephemeral: " + followUp).isEqualTo(64);
    }

    @Test
    void should_refuse_reload_to_an_ordinary_member_and_report_to_a_moderator_when_they_use_it() throws Exception {
        String member = discord.slashCommand(Payloads.MEMBER, false, "reload");
        Recorded refused = discord.awaitRequest(r -> r.answers(member));
        String moderator = discord.slashCommand(Payloads.MODERATOR, true, "reload");
        Recorded deferred = discord.awaitRequest(r -> r.answers(moderator));
        Recorded report = discord.awaitRequest(r -> r.viaHook(moderator) && "PATCH".equals(r.method()));

        assertThat(refused.body().path("type").asInt()).isEqualTo(4);
        assertThat(refused.message().path("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
        assertThat(refused.content()).startsWith("Only moderators can use `/reload`");
        assertThat(discord.requests()).noneMatch(r -> r.viaHook(member));
        JSONAssert.assertEquals("{\"type\": 5, \"data\": {\"flags\": 64}}", deferred.body().toString(), true);
        assertThat(report.content()).startsWith("✅").contains("generation");
        assertThat(report.body().path("allowed_mentions").path("parse")).isEmpty();
    }

    // --- helpers --------------------------------------------------------------------------------------------

    private String ask(long user, String question, Object... more) {
        Object[] options = new Object[2 + more.length];
        options[0] = "question";
        options[1] = question;
        System.arraycopy(more, 0, options, 2, more.length);
        return discord.slashCommand(user, false, "ask", options);
    }

    private static String feedbackId(JsonNode body) {
        String upId = body.path("components").path(0).path("components").path(0).path("custom_id").asText();
        assertThat(upId).startsWith("vote:up:");
        return upId.substring("vote:up:".length());
    }

    private List<JsonNode> votes(String answerId) throws IOException {
        Path log = work.resolve("feedback.jsonl");
        if (!Files.exists(log)) {
            return List.of();
        }
        return Files.readAllLines(log).stream().map(Json::parse)
                .filter(v -> v.path("answerId").asText().equals(answerId)).toList();
    }

    /** The answer and its source lines as picket's HTTP API gives them for the same question. */
    @SuppressWarnings("unchecked")
    private String cited(String question) {
        Map<String, Object> answer = http.postForObject("/api/ask", Map.of("question", question), Map.class);
        StringBuilder text = new StringBuilder((String) answer.get("answer")).append("\n\n**Sources:**");
        for (Map<String, Object> c : (List<Map<String, Object>>) answer.get("citations")) {
            text.append("\n[").append(c.get("n")).append("] ").append(c.get("source")).append(", ")
                    .append(java.time.LocalDate.parse((String) c.get("published"))
                            .format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH)))
                    .append(" — ").append(c.get("title"));
        }
        return text.toString();
    }

}
