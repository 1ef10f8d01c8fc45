package dev.picket.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.picket.bot.ChildApp;
import dev.picket.retrieval.eval.EvalQuestion;
import dev.picket.retrieval.eval.QuestionSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/ask} in extractive mode on the sample corpus, driven by {@code wrk} on loopback (Debian package
 * {@code wrk}): requests/s, p50, p99 and errors at 1, 8 and 64 connections; and a long run that reads the heap
 * after a full GC between rounds, to show it does not grow. A benchmark: it prints figures and asserts nothing.
 * See bench/README.md.
 */
class ThroughputBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int SECONDS = Integer.getInteger("picket.bench.seconds", 15);

    @Test
    void throughput() throws Exception {
        try (Served served = Served.start(List.of())) {
            wrk(served.app, 8, 10); // warm-up
            for (int clients : new int[] {1, 8, 64}) {
                System.out.println(wrk(served.app, clients, SECONDS));
            }
        }
    }

    @Test
    void memory() throws Exception {
        long target = Long.getLong("picket.bench.questions", 100_000);
        try (Served served = Served.start(List.of("-Xmx256m"))) {
            long total = 0;
            int round = 0;
            List<String> heap = new ArrayList<>();
            while (total < target) {
                Wrk run = wrk(served.app, 8, 10);
                total += run.requests;
                round++;
                double mb = ScaleBenchmark.heapAfterGc(served.app) / 1e6;
                heap.add(String.format(Locale.ROOT, "%.1f", mb));
                System.out.printf(Locale.ROOT, "round %d: %s; %,d questions so far; heap after GC %.1f MB%n", round,
                        run, total, mb);
            }
            System.out.println("heap after GC by round (MB): " + heap);
        }
    }

    private static Wrk wrk(ChildApp app, int clients, int seconds) throws IOException, InterruptedException {
        Path script = Files.createTempFile("picket-wrk", ".lua");
        StringBuilder lua = new StringBuilder("local bodies = {\n");
        for (EvalQuestion q : QuestionSet.dev()) {
            lua.append("  [==[").append(JSON.writeValueAsString(Map.of("question", q.question()))).append("]==],\n");
        }
        lua.append("}\nlocal i = 0\nrequest = function()\n  i = i + 1\n  return wrk.format(\"POST\", \"/api/ask\", "
                + "{[\"Content-Type\"] = \"application/json\"}, bodies[(i % #bodies) + 1])\nend\n");
        Files.writeString(script, lua);
        try {
            Process wrk = new ProcessBuilder("wrk", "-t", Integer.toString(Math.min(clients, 2)), "-c",
                    Integer.toString(clients), "-d", seconds + "s", "--latency", "-s", script.toString(),
                    app.uri("/api/ask").toString()).redirectErrorStream(true).start();
            String out = new String(wrk.getInputStream().readAllBytes());
            wrk.waitFor();
            return Wrk.parse(clients, out);
        } finally {
            Files.deleteIfExists(script);
        }
    }

    /** What wrk reported. */
    record Wrk(int clients, long requests, double perSecond, double p50, double p99, long errors, String why) {

        private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in");
        private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
        private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
        private static final Pattern SOCKET = Pattern.compile(
                "Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

        static Wrk parse(int clients, String out) {
            long errors = find(NON_2XX, out).map(Long::parseLong).orElse(0L);
            String why = errors > 0 ? errors + " non-2xx" : "";
            Matcher socket = SOCKET.matcher(out);
            if (socket.find()) {
                why += " " + socket.group();
                for (int g = 1; g <= 4; g++) {
                    errors += Long.parseLong(socket.group(g));
                }
            }
            return new Wrk(clients, Long.parseLong(find(REQUESTS, out).orElseThrow(() ->
                    new IllegalStateException("wrk said: " + out))),
                    Double.parseDouble(find(RATE, out).orElseThrow()), latency(out, "50%"), latency(out, "99%"), errors,
                    why.strip());
        }

        private static double latency(String out, String percentile) {
            Matcher m = Pattern.compile("\\s" + percentile + "\\s+([\\d.]+)(us|ms|s)").matcher(out);
            if (!m.find()) {
                throw new IllegalStateException("no " + percentile + " in: " + out);
            }
            double v = Double.parseDouble(m.group(1));
            return switch (m.group(2)) {
                case "us" -> v / 1000;
                case "ms" -> v;
                default -> v * 1000;
            };
        }

        private static Optional<String> find(Pattern p, String out) {
            Matcher m = p.matcher(out);
            return m.find() ? Optional.of(m.group(1)) : Optional.empty();
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%2d connections: %,9.0f req/s, p50 %.2f ms, p99 %.2f ms, %d errors "
                    + "(%,d requests)%s", clients, perSecond, p50, p99, errors, requests,
                    why.isEmpty() ? "" : " [" + why + "]");
        }
    }

    /** The app on a fresh copy of the sample corpus. */
    private record Served(ChildApp app, Path work) implements AutoCloseable {

        static Served start(List<String> jvmOptions) throws Exception {
            Path work = Files.createTempDirectory("picket-throughput");
            Path articles = Files.createDirectories(work.resolve("articles"));
            try (Stream<Path> files = Files.list(Path.of("../corpus/articles"))) {
                for (Path f : files.toList()) {
                    Files.copy(f, articles.resolve(f.getFileName().toString()));
                }
            }
            ChildApp app = ChildApp.start(jvmOptions, List.of("--picket.corpus.dir=" + articles,
                    "--picket.index.dir=" + work.resolve("index"),
                    "--picket.retrieval.mode=" + System.getProperty("picket.bench.mode", "hybrid")));
            app.awaitHealthy(Duration.ofMinutes(2));
            return new Served(app, work);
        }

        @Override
        public void close() throws Exception {
            app.terminate();
            app.awaitExit(Duration.ofSeconds(60));
            app.close();
        }
    }
}
