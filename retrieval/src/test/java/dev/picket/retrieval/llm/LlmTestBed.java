package dev.picket.retrieval.llm;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.picket.retrieval.SampleIndex;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test class's LLM world: the sample index in a temporary folder and a stub LLM server on loopback, reset
 * before every test. Register it as a static field with {@code @RegisterExtension}.
 */
final class LlmTestBed implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

    final WireMockServer llm = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")
            .containerThreads(20));
    SampleIndex sample;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        llm.start();
        sample = SampleIndex.in(Files.createTempDirectory("picket-llm-test"));
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        llm.resetAll();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        llm.stop();
        sample.close();
    }

    /** An answerer over the sample index, talking to the stub in the provider's wire format. */
    LlmAnswerer.Builder answerer(LlmProvider provider, Duration timeout) {
        return SampleLlm.answerer(sample, provider, baseUrl(provider), timeout);
    }

    String baseUrl(LlmProvider provider) {
        return provider == LlmProvider.OPENAI ? llm.baseUrl() + "/v1" : llm.baseUrl();
    }
}
