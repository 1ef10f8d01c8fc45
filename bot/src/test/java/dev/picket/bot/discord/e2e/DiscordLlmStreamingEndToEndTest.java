package dev.picket.bot.discord.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.picket.bot.discord.e2e.Json.arr;
import static dev.picket.bot.discord.e2e.Json.obj;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.picket.bot.discord.format.AnswerFormatter;
import dev.picket.retrieval.PassageRetriever;
import dev.picket.retrieval.SearchHit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * LLM mode through the real JDA: the answer streams from a stub OpenAI server (its streaming wire format, dribbled
 * over seconds) into growing edits of the deferred reply, at most one a second, until the checked answer replaces it.
 */
class DiscordLlmStreamingEndToEndTest extends StandInAppTest {

    /** How long the stub LLM dribbles its answer out: long enough for a few throttled edits. */
    static final int STREAM_MS = 3_500;

    static final StandInDiscord discord = standIn(DiscordLlmStreamingEndToEndTest.class);
    static final WireMockServer llm = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));

    static {
        llm.start();
    }

    @Autowired
    PassageRetriever retriever;

    @DynamicPropertySource
    static void discord(DynamicPropertyRegistry registry) {
        serve(registry, discord);
        registry.add("picket.llm.provider", () -> "openai");
        registry.add("picket.llm.base-url", () -> llm.baseUrl() + "/v1");
        registry.add("picket.llm.model", () -> "stub-model");
        registry.add("picket.llm.api-key", () -> "sk-stub");
        registry.add("picket.llm.timeout", () -> "30s");
    }

    @AfterAll
    static void stopLlm() {
        llm.stop();
    }

    @Test
    void should_edit_the_streamed_answer_at_most_once_a_second_when_the_llm_streams() {
        String answer = troopsAnswer();
        List<String> words = List.of(answer.split("(?<= )"));
        llm.stubFor(post("/v1/chat/completions").willReturn(aResponse()
                .withHeader("Content-Type", "text/event-stream").withBody(openAiStream(words))
                .withChunkedDribbleDelay(words.size() * 2, STREAM_MS)));

        Instant asked = Instant.now();
        String token = discord.slashCommand(Payloads.nextId(), false, "ask", "question", TROOPS);

        Recorded last = discord.awaitRequest(r -> r.viaHook(token) && "PATCH".equals(r.method())
                && !r.content().contains(AnswerFormatter.WRITING));
        List<Recorded> streamed = discord.requests().stream()
                .filter(r -> r.viaHook(token) && "PATCH".equals(r.method()) && r.content().contains(AnswerFormatter.WRITING))
                .toList();
        // The throttle's exact spacing is checked against an injected clock (AskHandlerTest); here, the count and
        // the order. Gaps between arrivals are not a measure of it: JDA may hold one edit and send the next soon
        // after. Every edit picket sends lies between the command and the final edit, so one a second allows at
        // most one more than the whole seconds between them; without the throttle there would be one per chunk.
        long seconds = Duration.between(asked, last.at()).toSeconds();
        System.out.printf("streamed %d edits of %d chunks in %d ms; one a second allows %d%n", streamed.size(),
                words.size() * 2, Duration.between(asked, last.at()).toMillis(), seconds + 1);
        assertThat(streamed).isNotEmpty().hasSizeLessThanOrEqualTo((int) seconds + 1);
        for (int i = 1; i < streamed.size(); i++) {
            assertThat(text(streamed.get(i))).as("edit %d grows edit %d", i, i - 1)
                    .startsWith(text(streamed.get(i - 1)));
        }
        assertThat(discord.requests().indexOf(streamed.getLast())).isLessThan(discord.requests().indexOf(last));
        assertThat(streamed).allSatisfy(r -> assertThat(r.body().path("allowed_mentions").path("parse")).isEmpty());
        assertThat(last.content()).startsWith("> " + TROOPS + "\n").contains("1,200 troops").contains("**Sources:**");
    }

    /** The streamed answer so far, without the "writing" marker that follows it. */
    private static String text(Recorded edit) {
        String content = edit.content();
        return content.substring(0, content.indexOf(AnswerFormatter.WRITING)).strip();
    }

    /** The model's reply, citing the passage with 1,200 troops under the number the model sees it by. */
    private String troopsAnswer() {
        List<SearchHit> sources = retriever.retrieve(TROOPS, 5);
        int n = 1;
        while (!sources.get(n - 1).text().contains("1,200")) {
            n++;
        }
        return "The government expected about 1,200 troops to be deployed to cover the ambulance strikes, with staff "
                + "still answering the most urgent calls [" + n + "].";
    }

    /** OpenAI's streaming wire format: one chunk per delta, then [DONE]. */
    private static String openAiStream(List<String> deltas) {
        StringBuilder sse = new StringBuilder();
        for (String d : deltas) {
            sse.append("data: ").append(Json.write(obj("id", "c", "object", "chat.completion.chunk", "created", 1,
                    "model", "stub-model", "choices", arr(obj("index", 0, "delta", obj("content", d),
                            "finish_reason", null))))).append("\n\n");
        }
        sse.append("data: ").append(Json.write(obj("id", "c", "object", "chat.completion.chunk", "created", 1,
                "model", "stub-model", "choices", arr(obj("index", 0, "delta", obj(), "finish_reason", "stop")))))
                .append("\n\n");
        return sse.append("data: [DONE]\n\n").toString();
    }
}
