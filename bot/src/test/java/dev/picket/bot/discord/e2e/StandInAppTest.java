package dev.picket.bot.discord.e2e;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.picket.bot.SampleCorpusCopy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The whole app on a random port, its Discord bot connected to a stand-in Discord of its own (one per test class);
 * the app is closed after the class too, so JDA does not stay behind, reconnecting.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.additional-location=optional:file:../config/")
@AutoConfigureTestRestTemplate
@DirtiesContext
abstract class StandInAppTest {

    /** The work folder of the running test class; the context is closed after the class, then this deleted. */
    @TempDir
    static Path tmp;

    static final String TROOPS = "How many troops were to be deployed during the ambulance strikes?";

    @Autowired
    TestRestTemplate http;

    /**
     * Serves the test corpus and points the bot at {@code discord}; call it from the class's
     * {@code @DynamicPropertySource}.
     *
     * @return the work folder: the corpus copy, the index and the feedback log
     */
    static Path serve(DynamicPropertyRegistry registry, StandInDiscord discord) {
        Path work = E2eCorpus.serve(registry, tmp);
        discord.configure(registry);
        registry.add("picket.discord.feedback.log", () -> work.resolve("feedback.jsonl").toString());
        registry.add("picket.discord.feedback.salt-file", () -> work.resolve("feedback.salt").toString());
        return work;
    }

    private static final Map<Class<?>, StandInDiscord> STAND_INS = new ConcurrentHashMap<>();

    /** The stand-in of test class {@code testClass}, started on first use and stopped after the class. */
    static StandInDiscord standIn(Class<? extends StandInAppTest> testClass) {
        return standIn(testClass, 1, 1);
    }

    /** As {@link #standIn(Class)}, recommending {@code shards} shards, of which the app opens {@code connections}. */
    static StandInDiscord standIn(Class<? extends StandInAppTest> testClass, int shards, int connections) {
        return STAND_INS.computeIfAbsent(testClass, c -> StandInDiscord.start(shards, connections));
    }

    StandInDiscord discord() {
        return standIn(getClass());
    }

    @AfterAll
    static void stopStandIn(TestInfo testClass) {
        testClass.getTestClass().map(STAND_INS::remove).ifPresent(StandInDiscord::close);
    }

    @BeforeEach
    void awaitReady() {
        SampleCorpusCopy.awaitIndexed(http);
        discord().awaitBotReady();
    }

    /** The answer text picket's HTTP API gives for {@code question}, to compare with what Discord was sent. */
    @SuppressWarnings("unchecked")
    String answerText(String question) {
        return (String) http.postForObject("/api/ask", Map.of("question", question), Map.class).get("answer");
    }
}
