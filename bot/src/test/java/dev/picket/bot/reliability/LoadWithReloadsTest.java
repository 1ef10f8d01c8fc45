package dev.picket.bot.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.picket.bot.CorpusFolder;
import dev.picket.bot.LoadDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Clients ask and search without pause over HTTP while {@code POST /api/admin/reload} rewrites part of the corpus
 * on a schedule. Every rewritten article carries the number of the round that wrote it, so a response that mixed
 * two index generations would show two numbers. No request may fail.
 *
 * <p>The run is counted in reloads, not seconds: the clients keep asking until every round has been reloaded,
 * however long a loaded machine takes. CI runs a short version (16 clients, 4 rounds a second apart). The full one
 * is a benchmark command: {@code -Dpicket.load.clients=50 -Dpicket.load.seconds=60 -Dpicket.load.reload-every=5}
 * (see docs/testing.md), which runs 60 / 5 = 12 rounds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // One client on loopback sends all the load: the per-client limit would refuse most of it.
        properties = {"spring.config.additional-location=optional:file:../config/", "picket.api.requests-per-minute=1000000",
                "picket.admin.token=" + LoadWithReloadsTest.TOKEN})
@DirtiesContext
class LoadWithReloadsTest {

    /** The app's folders; @DirtiesContext closes the app before JUnit deletes them. */
    @TempDir
    static Path tmp;

    static final String TOKEN = "load-test-admin-token";
    private static final int CLIENTS = Integer.getInteger("picket.load.clients", 16);
    private static final Duration RELOAD_EVERY = Duration.ofSeconds(Integer.getInteger("picket.load.reload-every", 1));
    private static final int ROUNDS = Math.max(2,
            Integer.getInteger("picket.load.seconds", 4) / (int) Math.max(1, RELOAD_EVERY.toSeconds()));
    private static final int EDITED = 8;
    private static final Pattern ROUND = Pattern.compile("bulletin number (\\d+)");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static CorpusFolder corpus;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) throws Exception {
        Path work = tmp;
        corpus = new CorpusFolder(work.resolve("articles"));
        for (int i = 0; i < 40; i++) {
            corpus.article("steady" + i + ".txt", CorpusFolder.prose(1000 + i, 300));
        }
        writeRound(0);
        registry.add("picket.corpus.dir", () -> corpus.dir.toString());
        registry.add("picket.index.dir", () -> work.resolve("index").toString());
    }

    @Test
    void should_fail_no_request_and_answer_each_from_one_generation_when_reloads_run_under_load() throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        assertThat(reload(client, 0)).isEmpty();
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger round = new AtomicInteger();
        ConcurrentLinkedQueue<String> reloadProblems = new ConcurrentLinkedQueue<>();
        Set<Integer> roundsSeen = ConcurrentHashMap.newKeySet();
        LoadDriver.Result result;
        try (ExecutorService reloader = Executors.newSingleThreadExecutor()) {
            Future<?> reloads = reloader.submit(() -> {
                try {
                    while (round.get() < ROUNDS) {
                        sleep(RELOAD_EVERY);
                        int r = round.incrementAndGet();
                        writeRound(r);
                        reload(client, EDITED).ifPresent(reloadProblems::add);
                    }
                    // The clients get a moment on the last generation too.
                    sleep(RELOAD_EVERY);
                } finally {
                    done.set(true);
                }
                return null;
            });
            result = LoadDriver.run(CLIENTS, () -> !done.get(), (c, n) -> {
                String problem = (c + n) % 2 == 0 ? search(client, roundsSeen) : ask(client, roundsSeen);
                return problem == null ? null : "client " + c + ": " + problem;
            });
            reloads.get();
        }
        System.out.printf("load with reloads: %s; %d reloads%n", result, round.get());

        assertThat(result.problems()).isEmpty();
        assertThat(reloadProblems).isEmpty();
        assertThat(round.get()).isEqualTo(ROUNDS);
        // The clients saw the index move on, not one generation throughout: each generation serves for at least
        // the interval between reloads, while every client keeps asking.
        assertThat(roundsSeen.size()).isGreaterThan(1);
    }

    private String search(HttpClient client, Set<Integer> roundsSeen) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/api/search?q="
                        + URLEncoder.encode("bulletin number nurses strike", StandardCharsets.UTF_8) + "&k=30"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            return "search " + response.statusCode() + " " + response.body();
        }
        Set<Integer> rounds = new TreeSet<>();
        JSON.readTree(response.body()).path("hits").forEach(h -> rounds.addAll(rounds(h.path("passage").asString())));
        return rounds.isEmpty() ? "search found no bulletin" : oneRound("search", rounds, roundsSeen);
    }

    private String ask(HttpClient client, Set<Integer> roundsSeen) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/api/ask"))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString("{\"question\": \"What did bulletin number say from the picket line?\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            return "ask " + response.statusCode() + " " + response.body();
        }
        JsonNode answer = JSON.readTree(response.body());
        Set<Integer> rounds = new TreeSet<>(rounds(answer.path("answer").asString()));
        answer.path("citations").forEach(c -> rounds.addAll(rounds(c.path("passage").asString())));
        return answer.path("answered").asBoolean() ? oneRound("ask", rounds, roundsSeen) : null;
    }

    private static String oneRound(String what, Set<Integer> rounds, Set<Integer> roundsSeen) {
        if (rounds.size() > 1) {
            return what + " mixed generations: rounds " + rounds;
        }
        roundsSeen.addAll(rounds);
        return null;
    }

    /** Reloads over HTTP; empty when it succeeded with the expected number of changed articles. */
    private Optional<String> reload(HttpClient client, int expectChanged) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/api/admin/reload"))
                .header("Authorization", "Bearer " + TOKEN).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode report = response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
        if (report == null || !report.path("succeeded").asBoolean()
                || (expectChanged > 0 && report.path("changed").size() != expectChanged)) {
            return Optional.of("reload " + response.statusCode() + " " + response.body());
        }
        return Optional.empty();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static Set<Integer> rounds(String text) {
        Set<Integer> rounds = new TreeSet<>();
        Matcher m = ROUND.matcher(text);
        while (m.find()) {
            rounds.add(Integer.parseInt(m.group(1)));
        }
        return rounds;
    }

    private static void writeRound(int round) {
        for (int i = 0; i < EDITED; i++) {
            corpus.article("edited" + i + ".txt", "This is bulletin number " + round + " from the picket line.\n\n"
                    + CorpusFolder.prose(i, 120));
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
