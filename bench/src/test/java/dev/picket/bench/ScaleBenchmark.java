package dev.picket.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.picket.bot.ChildApp;
import dev.picket.corpus.Corpus;
import dev.picket.corpus.CorpusReader;
import dev.picket.corpus.Passage;
import dev.picket.retrieval.PassageRetriever;
import dev.picket.retrieval.RetrievalMode;
import dev.picket.retrieval.RetrievalPipeline;
import dev.picket.retrieval.embed.MemoisingEmbedder;
import dev.picket.retrieval.embed.MiniLmEmbedder;
import dev.picket.retrieval.index.PassageIndex;
import dev.picket.retrieval.index.QueryTerms;
import dev.picket.retrieval.search.Bm25Retriever;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * picket at 1k, 10k and 100k synthetic articles ({@code -Dpicket.bench.articles=1000,10000}): reading and BM25
 * index build throughput, index size, warm BM25 query latency, then the app itself on the persisted index in its
 * own JVM: start to healthy, {@code /api/ask} over loopback against a raw Lucene search of the same query, the
 * reload time for one changed article, and the heap after a full GC. A benchmark: it prints figures and asserts
 * nothing; the name does not end in Test, so {@code mvn verify} does not run it. See bench/README.md. The module's
 * surefire runs without {@code -ea}, as picket does: with it Lucene checks its own invariants on hot paths.
 *
 * <p>With embeddings, the index is built with {@link HashingEmbedder}'s 384-dimension vectors: embedding a
 * million passages with MiniLM on two cores takes hours, and the vector index's cost depends on the dimension and
 * the graph size, not on where the vectors came from. MiniLM's own rate is measured on a sample of the passages
 * and printed beside it; hybrid query latency leaves the question's embedding out (it is printed on its own).
 * The app runs in BM25 mode for the same reason: in hybrid mode it would embed the whole corpus on first start.
 */
class ScaleBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ADMIN_TOKEN = "bench-admin-token";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final int QUERIES = Integer.getInteger("picket.bench.queries", 2_000);

    @Test
    void scale() throws Exception {
        String sizes = System.getProperty("picket.bench.articles", "1000,10000");
        String heap = System.getProperty("picket.bench.heap", "1g");
        System.out.printf(Locale.ROOT, "machine: %d cores, %s, JDK %s, load average %.2f, Lucene assertions %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                System.getProperty("java.version"),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                IndexSearcher.class.desiredAssertionStatus() ? "ON (figures not representative)" : "off");
        for (String size : sizes.split(",")) {
            run(Integer.parseInt(size.strip()), heap);
        }
    }

    private void run(int articles, String heap) throws Exception {
        Path work = Files.createTempDirectory("picket-scale-" + articles);
        Path corpusDir = work.resolve("articles");
        Path indexDir = work.resolve("index");
        List<String> questions = SyntheticQuestions.generate(500, 7);
        try {
            long t = System.nanoTime();
            SyntheticCorpus.write(corpusDir, articles, 42);
            double generated = seconds(t);

            t = System.nanoTime();
            Corpus corpus = CorpusReader.builder().build().read(corpusDir);
            double read = seconds(t);
            int passages = corpus.articles().stream().mapToInt(a -> a.passages().size()).sum();

            double built;
            try (PassageIndex index = PassageIndex.open(indexDir)) {
                t = System.nanoTime();
                index.sync(corpus);
                built = seconds(t);
            }
            long bytes = size(indexDir);
            // The vector index builds at a few thousand passages a second here, so the largest size may skip it.
            boolean vectors = Boolean.parseBoolean(System.getProperty("picket.bench.vectors", "true"));
            Path hybridDir = work.resolve("index-hybrid");
            HashingEmbedder stand = new HashingEmbedder();
            double builtWithVectors = Double.NaN;
            if (vectors) {
                try (PassageIndex index = PassageIndex.open(hybridDir, stand)) {
                    t = System.nanoTime();
                    index.sync(corpus);
                    builtWithVectors = seconds(t);
                }
            }
            long hybridBytes = vectors ? size(hybridDir) + Files.size(work.resolve("index-hybrid-embeddings.bin")) : 0;
            List<String> sample = corpus.articles().stream().limit(100).flatMap(a -> a.passages().stream())
                    .map(Passage::text).limit(500).toList();
            corpus = null;
            System.out.printf(Locale.ROOT, "%n== %,d articles, %,d passages (generated in %.1f s)%n", articles,
                    passages, generated);
            System.out.printf(Locale.ROOT, "read and clean: %.1f s = %,.0f articles/s%s%n", read, articles / read,
                    loadAverage());
            System.out.printf(Locale.ROOT, "BM25 index build: %.1f s = %,.0f passages/s; on disk %.1f MB%s%n", built,
                    passages / built, bytes / 1e6, loadAverage());
            System.out.println(vocabulary(indexDir));
            if (vectors) {
                System.out.printf(Locale.ROOT, "index build with vectors (stand-in embedder): %.1f s = %,.0f "
                        + "passages/s; on disk %.1f MB with the embedding cache%n", builtWithVectors,
                        passages / builtWithVectors, hybridBytes / 1e6);
            }
            MiniLmEmbedder miniLm = new MiniLmEmbedder();
            miniLm.embed(sample.subList(0, 64));
            t = System.nanoTime();
            for (int from = 0; from < sample.size(); from += 64) {
                miniLm.embed(sample.subList(from, Math.min(sample.size(), from + 64)));
            }
            double perSecond = sample.size() / seconds(t);
            System.out.printf(Locale.ROOT, "MiniLM passage embedding: %,.0f passages/s, so %.1f min to embed this "
                    + "corpus once (then cached by content hash)%n", perSecond, passages / perSecond / 60);

            try (PassageIndex index = PassageIndex.open(indexDir)) {
                Bm25Retriever bm25 = new Bm25Retriever(index);
                time(questions, q -> bm25.retrieve(q, 8), QUERIES); // warm-up
                System.out.println("BM25 query, in-process, warm: " + stats(time(questions, q -> bm25.retrieve(q, 8),
                        QUERIES * 2)) + loadAverage());
                System.out.print("in-process, bm25 answer over a raw search of the same question:\n"
                        + AnswerOverheadBenchmark.answerOverRaw(index, indexDir, questions, QUERIES * 2));
            }
            if (vectors) {
                hybridLatency(hybridDir, stand, miniLm, questions);
            }

            try (ChildApp app = ChildApp.start(appJvm(heap), List.of("--picket.corpus.dir=" + corpusDir,
                    "--picket.index.dir=" + indexDir, "--picket.admin.token=" + ADMIN_TOKEN,
                    "--picket.retrieval.mode=bm25"))) {
                Duration healthy = app.awaitHealthy(Duration.ofMinutes(5));
                System.out.printf(Locale.ROOT, "start to healthy with the persisted index: %.2f s%s%n",
                        healthy.toMillis() / 1e3, loadAverage());
                JsonNode first = reload(app);
                System.out.printf(Locale.ROOT, "first reload after start (reads every file, nothing to index): %.0f ms%n",
                        first.path("durationMs").asDouble());
                overhead(app, indexDir, questions);
                oneChanged(app, corpusDir, articles);
                System.out.printf(Locale.ROOT, "heap used after a full GC (-Xmx%s): %.0f MB%s%n", heap,
                        heapAfterGc(app) / 1e6, loadAverage());
                if (Boolean.getBoolean("picket.bench.histogram")) {
                    System.out.println(jcmd(app, "GC.class_histogram").lines().limit(Integer.getInteger("picket.bench.histogram.lines", 23))
                            .collect(Collectors.joining("\n")));
                }
                app.terminate();
                app.awaitExit(Duration.ofSeconds(60));
            }
            if (Boolean.parseBoolean(System.getProperty("picket.bench.fresh", "true"))) {
                firstBuildByTheApp(corpusDir, work.resolve("index-fresh"), heap);
            }
        } finally {
            delete(work);
        }
    }

    /**
     * The app builds the index itself from an empty folder, under the same heap cap: a reload streams articles
     * from the folder into the index, so the cap must hold while the whole corpus is read, cleaned and written.
     */
    private static void firstBuildByTheApp(Path corpusDir, Path indexDir, String heap) throws Exception {
        long t = System.nanoTime();
        try (ChildApp app = ChildApp.start(appJvm(heap), List.of("--picket.corpus.dir=" + corpusDir,
                "--picket.index.dir=" + indexDir, "--picket.admin.token=" + ADMIN_TOKEN,
                "--picket.retrieval.mode=bm25"))) {
            // Health is DOWN until the first reload has indexed something; that reload is the whole build.
            app.awaitHealthy(Duration.ofMinutes(30));
            System.out.printf(Locale.ROOT, "first build by the app itself (empty index, -Xmx%s): serving after "
                    + "%.1f s; heap used after a full GC then: %.0f MB%s%n", heap, seconds(t), heapAfterGc(app) / 1e6,
                    loadAverage());
            app.terminate();
            app.awaitExit(Duration.ofSeconds(60));
        }
    }

    /** The app's JVM options: the heap cap, then any of {@code -Dpicket.bench.app.jvm} (space-separated, e.g. JFR). */
    private static List<String> appJvm(String heap) {
        List<String> options = new ArrayList<>(List.of("-Xmx" + heap));
        String extra = System.getProperty("picket.bench.app.jvm", "").strip();
        if (!extra.isEmpty()) {
            options.addAll(Arrays.asList(extra.split("\\s+")));
        }
        return options;
    }

    private static void hybridLatency(Path hybridDir, HashingEmbedder stand, MiniLmEmbedder miniLm,
                                      List<String> questions) throws Exception {
        try (PassageIndex index = PassageIndex.open(hybridDir, stand)) {
            MemoisingEmbedder known = new MemoisingEmbedder(stand);
            questions.forEach(known::embed);
            PassageRetriever hybrid = RetrievalPipeline.builder().index(index).embedder(known)
                    .mode(RetrievalMode.HYBRID).build().retriever();
            time(questions, q -> hybrid.retrieve(q, 8), QUERIES);
            System.out.println("hybrid query, in-process, warm, question embedding left out: "
                    + stats(time(questions, q -> hybrid.retrieve(q, 8), QUERIES * 2)));
            time(questions, miniLm::embed, 200);
            System.out.println("MiniLM question embedding, added to each hybrid query: "
                    + stats(time(questions, miniLm::embed, 1000)));
        }
    }

    /** How many distinct terms the passage text has, and how many of them are words rather than figures. */
    private static String vocabulary(Path indexDir) throws IOException {
        try (FSDirectory dir = FSDirectory.open(indexDir); DirectoryReader reader = DirectoryReader.open(dir)) {
            Terms terms = MultiTerms.getTerms(reader, "text");
            long all = 0;
            long words = 0;
            TermsEnum it = terms.iterator();
            for (BytesRef t = it.next(); t != null; t = it.next()) {
                all++;
                if (t.utf8ToString().chars().allMatch(Character::isLetter)) {
                    words++;
                }
            }
            return String.format(Locale.ROOT, "vocabulary: %,d distinct terms in passage text, %,d of them words "
                    + "(letters only, stemmed)", all, words);
        }
    }

    /** {@code /api/ask} over HTTP against a raw Lucene search of the same question on the same index. */
    private void overhead(ChildApp app, Path indexDir, List<String> questions) throws Exception {
        try (FSDirectory dir = FSDirectory.open(indexDir); DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            Work raw = q -> rawSearch(searcher, q);
            Work ask = q -> ask(app, q);
            time(questions, raw, QUERIES);
            time(questions, ask, QUERIES);
            double[] rawMs = time(questions, raw, QUERIES);
            double[] askMs = time(questions, ask, QUERIES);
            Arrays.sort(rawMs);
            Arrays.sort(askMs);
            System.out.println("raw Lucene search (BM25 query, top 8, stored fields): " + stats(rawMs) + loadAverage());
            System.out.println("/api/ask, extractive, over HTTP on loopback:          " + stats(askMs));
            System.out.printf(Locale.ROOT, "overhead at p50: %.2f ms (ratio %.1f); at p99: %.2f ms (ratio %.1f)%n",
                    pct(askMs, 0.5) - pct(rawMs, 0.5), pct(askMs, 0.5) / pct(rawMs, 0.5),
                    pct(askMs, 0.99) - pct(rawMs, 0.99), pct(askMs, 0.99) / pct(rawMs, 0.99));
        }
    }

    private void oneChanged(ChildApp app, Path corpusDir, int articles) throws Exception {
        List<Double> server = new ArrayList<>();
        List<Double> wall = new ArrayList<>();
        for (int r = 0; r < 5; r++) {
            Path file = corpusDir.resolve(SyntheticCorpus.fileName(r * 97 % articles));
            Files.writeString(file, Files.readString(file) + "\n\nUpdated: talks resumed on round " + r + ".\n");
            long t = System.nanoTime();
            JsonNode report = reload(app);
            wall.add((System.nanoTime() - t) / 1e6);
            if (report.path("changed").size() != 1) {
                throw new IllegalStateException("expected one changed article: " + report);
            }
            server.add(report.path("durationMs").asDouble());
        }
        server.sort(Comparator.naturalOrder());
        wall.sort(Comparator.naturalOrder());
        System.out.printf(Locale.ROOT, "reload, one article changed (5 rounds): median %.0f ms in the service, "
                + "%.0f ms for POST /api/admin/reload; max %.0f ms%s%n", server.get(2), wall.get(2), wall.get(4),
                loadAverage());
    }

    private static JsonNode reload(ChildApp app) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(app.uri("/api/admin/reload"))
                .header("Authorization", "Bearer " + ADMIN_TOKEN).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("reload answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** Heap in use right after a full collection, read from the app's own metrics. */
    static double heapAfterGc(ChildApp app) throws Exception {
        jcmd(app, "GC.run");
        HttpResponse<String> metric = HTTP.send(HttpRequest.newBuilder(app.uri(
                "/actuator/metrics/jvm.memory.used?tag=area:heap")).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(metric.body()).path("measurements").get(0).path("value").asDouble();
    }

    /** What {@code jcmd} prints for the app's JVM and this command. */
    private static String jcmd(ChildApp app, String command) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(app.pid()), command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        return out;
    }

    static Object rawSearch(IndexSearcher searcher, String question) throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String term : QueryTerms.of(question)) {
            query.add(new TermQuery(new Term("text", term)), BooleanClause.Occur.SHOULD);
        }
        TopDocs top = searcher.search(query.build(), 8);
        StoredFields stored = searcher.storedFields();
        List<Object> docs = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            docs.add(stored.document(sd.doc));
        }
        return docs;
    }

    private static Object ask(ChildApp app, String question) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(app.uri("/api/ask"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        JSON.writeValueAsString(Map.of("question", question)))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("ask answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    @FunctionalInterface
    interface Work {
        Object apply(String question) throws Exception;
    }

    static double[] time(List<String> questions, Work work, int count) throws Exception {
        double[] millis = new double[count];
        for (int i = 0; i < count; i++) {
            String q = questions.get(i % questions.size());
            long t = System.nanoTime();
            work.apply(q);
            millis[i] = (System.nanoTime() - t) / 1e6;
        }
        return millis;
    }

    static String stats(double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "p50 %.2f ms, p99 %.2f ms (%d queries)", pct(sorted, 0.5),
                pct(sorted, 0.99), sorted.length);
    }

    /** The load average when a figure was taken: the machine is shared, so it says how far to trust it. */
    private static String loadAverage() {
        return String.format(Locale.ROOT, "; load average %.2f",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    static double pct(double[] sorted, double p) {
        return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
