package dev.picket.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;

import dev.picket.corpus.Corpus;
import dev.picket.corpus.CorpusReader;
import dev.picket.retrieval.PassageRetriever;
import dev.picket.retrieval.RetrievalMode;
import dev.picket.retrieval.RetrievalPipeline;
import dev.picket.retrieval.embed.MemoisingEmbedder;
import dev.picket.retrieval.embed.MiniLmEmbedder;
import dev.picket.retrieval.embed.PassageEmbedder;
import dev.picket.retrieval.eval.EvalQuestion;
import dev.picket.retrieval.eval.QuestionSet;
import dev.picket.retrieval.index.PassageIndex;

/**
 * {@code RetrievalBench [corpus folder] [synthetic articles]}: query latency of every retrieval mode on the
 * sample corpus, with the dev and paraphrased questions, and on a {@link SyntheticCorpus} (5,000 articles, about
 * 45,000 passages, by default), with as many of its own questions; the question's embedding is timed on its own.
 *
 * <p>The synthetic corpus's passages are embedded by {@link HashingEmbedder}, a 384-dimension random projection,
 * because embedding 45,000 passages with MiniLM on a laptop takes longer than the benchmark; the kNN search cost
 * depends on the dimension and the graph size, not on where the vectors came from. Query embedding is MiniLM's,
 * measured on the sample corpus.
 */
public final class RetrievalBench {

    private static final int ROUNDS = 20;

    private RetrievalBench() {
    }

    public static void main(String[] args) throws IOException {
        Path corpusDir = Path.of(args.length > 0 ? args[0] : "corpus/articles");
        int synthetic = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        List<String> questions = Stream.concat(QuestionSet.dev().stream(), QuestionSet.paraphrased().stream())
                .map(EvalQuestion::question).toList();
        CorpusReader reader = CorpusReader.builder().build();
        Corpus sample = reader.read(corpusDir);
        Path work = Files.createTempDirectory("picket-bench");
        try {
            MiniLmEmbedder miniLm = new MiniLmEmbedder();
            System.out.printf(Locale.ROOT, "query embedding (MiniLM, in-process)   %s%n",
                    Stats.of(time(questions, miniLm::embed, ROUNDS)));
            bench("sample corpus", sample, miniLm, work.resolve("sample"), questions, true);
            SyntheticCorpus.write(work.resolve("synthetic-articles"), synthetic, 42);
            Corpus big = reader.read(work.resolve("synthetic-articles"));
            // The stand-in embedder costs nothing, so only the figures without query embedding mean anything.
            bench("synthetic corpus", big, new HashingEmbedder(), work.resolve("synthetic"),
                    SyntheticQuestions.generate(questions.size(), 7), false);
        } finally {
            deleteTree(work);
        }
    }

    private static void bench(String name, Corpus corpus, PassageEmbedder embedder, Path dir, List<String> questions,
                              boolean withEmbedding) throws IOException {
        long start = System.nanoTime();
        try (PassageIndex index = PassageIndex.open(dir, embedder)) {
            index.sync(corpus);
            System.out.printf(Locale.ROOT, "%n%s: %d articles, %d passages, indexed in %.1f s%n", name,
                    corpus.articles().size(), index.passageCount(), (System.nanoTime() - start) / 1e9);
            // Memoised: every question's vector is computed once up front, so these figures leave embedding out.
            MemoisingEmbedder known = new MemoisingEmbedder(embedder);
            questions.forEach(known::embed);
            System.out.printf(Locale.ROOT, "%-8s %-34s %-34s%n", "mode", "without query embedding",
                    withEmbedding ? "with query embedding" : "");
            for (RetrievalMode mode : RetrievalMode.values()) {
                PassageRetriever fresh = RetrievalPipeline.builder().index(index).embedder(embedder).mode(mode).build()
                        .retriever();
                PassageRetriever memo = RetrievalPipeline.builder().index(index).embedder(known).mode(mode).build()
                        .retriever();
                time(questions, q -> fresh.retrieve(q, 5), 2); // warm-up
                System.out.printf(Locale.ROOT, "%-8s %-34s %-34s%n", mode.label(),
                        Stats.of(time(questions, q -> memo.retrieve(q, 5), ROUNDS)),
                        withEmbedding ? Stats.of(time(questions, q -> fresh.retrieve(q, 5), ROUNDS)) : "");
            }
        }
    }

    private static double[] time(List<String> questions, Function<String, ?> work, int rounds) {
        double[] millis = new double[questions.size() * rounds];
        int i = 0;
        for (int r = 0; r < rounds; r++) {
            for (String q : questions) {
                long t = System.nanoTime();
                work.apply(q);
                millis[i++] = (System.nanoTime() - t) / 1e6;
            }
        }
        return millis;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
        Files.deleteIfExists(dir.resolveSibling(dir.getFileName() + "-embeddings.bin"));
    }

    private record Stats(double p50, double p95) {

        static Stats of(double[] millis) {
            double[] sorted = millis.clone();
            Arrays.sort(sorted);
            return new Stats(sorted[(int) Math.ceil(0.5 * sorted.length) - 1],
                    sorted[(int) Math.ceil(0.95 * sorted.length) - 1]);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "p50 %6.2f ms  p95 %6.2f ms", p50, p95);
        }
    }
}
