package dev.picket.bot.discord.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.picket.bot.discord.e2e.Json.arr;
import static dev.picket.bot.discord.e2e.Json.obj;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
 * over seconds) into edits of the deferred reply, at most one a second, until the checked answer replaces it.
 */
class DiscordLlmStreamingEndToEndTest extends StandInAppTest {

    /**
     * The edit interval as the stand-in sees it: picket spaces its edits a second apart when it sends them, and
     * the trip through JDA to the stand-in may take a little longer for one edit than for the next.
     */
    static final Duration EDIT_INTERVAL_ON_THE_WIRE = Duration.ofMillis(1_000 - 100);

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
                .withChunkedDribbleDelay(words.size() * 2, 3_500)));

        String token = discord.slashCommand(Payloads.nextId(), false, "ask", "question", TROOPS);

        Recorded last = discord.awaitRequest(r -> r.viaHook(token) && "PATCH".equals(r.method())
                && !r.content().contains(AnswerFormatter.WRITING));
        List<Recorded> streamed = discord.requests().stream()
                .filter(r -> r.viaHook(token) && "PATCH".equals(r.method()) && r.content().contains(AnswerFormatter.WRITING))
                .toList();
        assertThat(streamed).hasSizeGreaterThanOrEqualTo(2);
        for (int i = 1; i < streamed.size(); i++) {
            assertThat(Duration.between(streamed.get(i - 1).at(), streamed.get(i).at()))
                    .as("edit %d after edit %d", i, i - 1).isGreaterThanOrEqualTo(EDIT_INTERVAL_ON_THE_WIRE);
        }
        assertThat(streamed).allSatisfy(r -> assertThat(r.body().path("allowed_mentions").path("parse")).isEmpty());
        assertThat(last.content()).startsWith("> " + TROOPS + "\n").contains("1,200 troops").contains("**Sources:**");
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
