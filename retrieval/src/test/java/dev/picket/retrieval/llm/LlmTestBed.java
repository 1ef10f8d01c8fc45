package dev.picket.retrieval.llm;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

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
    private Path dir;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        llm.start();
        dir = Files.createTempDirectory("picket-llm-test");
        sample = SampleIndex.in(dir);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        llm.resetAll();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        llm.stop();
        sample.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** An answerer over the sample index, talking to the stub in the provider's wire format. */
    LlmAnswerer.Builder answerer(LlmProvider provider, Duration timeout) {
        return SampleLlm.answerer(sample, provider, baseUrl(provider), timeout);
    }

    String baseUrl(LlmProvider provider) {
        return provider == LlmProvider.OPENAI ? llm.baseUrl() + "/v1" : llm.baseUrl();
    }
}
