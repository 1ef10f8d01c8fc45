package dev.picket.bot.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.picket.bot.SampleCorpusCopy;
import dev.picket.bot.StubLlm;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The app with all three secrets set (a Discord token, an LLM key and the admin token) and debug logging on for
 * picket, LangChain4j, Spring MVC and JDA. After every kind of request, failing ones included, no secret is in
 * any log line, in any response, or in the {@code toString} of any configuration object or picket bean.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.additional-location=optional:file:../config/",
                "logging.level.dev.picket=DEBUG", "logging.level.dev.langchain4j=DEBUG",
                "logging.level.org.springframework.web=DEBUG", "logging.level.net.dv8tion=DEBUG"})
@AutoConfigureTestRestTemplate
@DirtiesContext
class SecretsTest {

    /** The app's folders; @DirtiesContext closes the app before JUnit deletes them. */
    @TempDir
    static Path tmp;

    private static final String DISCORD_TOKEN = "MTA0Discord.SECRET.tokenQ7x";
    private static final String LLM_KEY = "sk-SECRET-llm-key-4f1b9e";
    private static final String ADMIN_TOKEN = "admin-SECRET-token-8c2d";
    private static final List<String> SECRETS = List.of(DISCORD_TOKEN, LLM_KEY, ADMIN_TOKEN);
    private static final String QUESTION = "How many troops were to be deployed during the ambulance strikes?";
    private static final WireMockServer LLM = StubLlm.started(10);

    @Autowired
    TestRestTemplate http;

    @Autowired
    ConfigurableApplicationContext context;

    @DynamicPropertySource
    static void secrets(DynamicPropertyRegistry registry) throws IOException {
        Path work = SampleCorpusCopy.serve(registry, tmp);
        registry.add("DISCORD_TOKEN", () -> DISCORD_TOKEN);
        String api = "http://127.0.0.1:" + closedPort() + "/api/v10/";
        String gateway = "ws://127.0.0.1:" + closedPort() + "/";
        registry.add("picket.discord.api-url", () -> api);
        registry.add("picket.discord.gateway-url", () -> gateway);
        registry.add("picket.discord.feedback.log", () -> work.resolve("feedback.jsonl").toString());
        registry.add("picket.discord.feedback.salt-file", () -> work.resolve("feedback.salt").toString());
        registry.add("picket.llm.provider", () -> "openai");
        registry.add("picket.llm.base-url", () -> LLM.baseUrl() + "/v1");
        registry.add("picket.llm.model", () -> "stub-model");
        registry.add("picket.llm.api-key", () -> LLM_KEY);
        registry.add("picket.llm.timeout", () -> "2s");
        registry.add("picket.admin.token", () -> ADMIN_TOKEN);
    }

    @AfterAll
    static void stop() {
        LLM.stop();
    }

    @Test
    void should_keep_every_secret_out_of_logs_responses_and_config_strings_when_all_are_set(CapturedOutput output)
            throws Exception {
        SampleCorpusCopy.awaitIndexed(http);
        List<String> responses = new ArrayList<>();
        // The LLM refuses the key, then fails outright: both failures are logged, with whatever the client says.
        LLM.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                .withBody("{\"error\": {\"message\": \"Incorrect API key provided: " + LLM_KEY + "\"}}")));
        responses.add(http.postForObject("/api/ask", Map.of("question", QUESTION), String.class));
        LLM.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(500).withBody("upstream broke")));
        responses.add(http.postForObject("/api/ask", Map.of("question", QUESTION), String.class));
        responses.add(http.exchange("/api/ask/stream", HttpMethod.POST, json("{\"question\": \"" + QUESTION + "\"}"),
                String.class).getBody());
        responses.add(http.exchange("/api/admin/reload", HttpMethod.POST, bearer("wrong-" + ADMIN_TOKEN),
                String.class).getBody());
        responses.add(http.exchange("/api/admin/reload", HttpMethod.POST, bearer(ADMIN_TOKEN), String.class)
                .getBody());
        responses.add(http.getForObject("/api/search?q=nurses", String.class));
        responses.add(http.getForObject("/api/articles", String.class));
        responses.add(http.exchange("/actuator/health", HttpMethod.GET, bearer(ADMIN_TOKEN), String.class).getBody());
        responses.add(http.getForObject("/actuator/info", String.class));
        responses.add(http.getForObject("/actuator/metrics", String.class));
        await().atMost(Duration.ofSeconds(30)).until(() -> output.getAll().contains("Discord is off"));

        LLM.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withHeader("Authorization", equalTo("Bearer " + LLM_KEY)));
        List<String> configStrings = new ArrayList<>();
        context.getBeansWithAnnotation(ConfigurationProperties.class).values()
                .forEach(b -> configStrings.add(b.getClass().getName() + ": " + b));
        for (String name : context.getBeanDefinitionNames()) {
            Object bean = context.getBean(name);
            if (bean.getClass().getName().startsWith("dev.picket")) {
                configStrings.add(name + ": " + bean);
            }
        }
        assertThat(configStrings).anySatisfy(s -> assertThat(s).contains("LlmProperties"))
                .anySatisfy(s -> assertThat(s).contains("AdminProperties"))
                .anySatisfy(s -> assertThat(s).contains("DiscordProperties"));
        for (String secret : SECRETS) {
            assertThat(output.getAll()).as("the log").doesNotContain(secret);
            assertThat(configStrings).as("config toString").noneSatisfy(s -> assertThat(s).contains(secret));
        }
        assertThat(responses).hasSize(10).noneSatisfy(r ->
                assertThat(SECRETS).anySatisfy(secret -> assertThat(r).contains(secret)));
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    private static HttpEntity<Void> bearer(String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return new HttpEntity<>(headers);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
