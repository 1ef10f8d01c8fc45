package dev.picket.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import dev.picket.corpus.Corpus;
import dev.picket.corpus.CorpusReader;
import dev.picket.retrieval.Answerer;
import dev.picket.retrieval.RetrievalMode;
import dev.picket.retrieval.RetrievalPipeline;
import dev.picket.retrieval.eval.EvalQuestion;
import dev.picket.retrieval.eval.QuestionSet;
import dev.picket.retrieval.index.PassageIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;

/**
 * picket's extractive answer time in {@code bm25} mode against a raw Lucene search of the same question (BM25
 * over its terms, top 8 with stored fields) on the same index in the same JVM, on the sample corpus and on
 * synthetic corpora ({@code -Dpicket.bench.articles=sample,10000}). Each question is searched raw and answered one
 * after the other, so both see the same machine. A benchmark: it prints figures and asserts nothing.
 */
class AnswerOverheadBenchmark {

    private static final int ROUNDS = Integer.getInteger("picket.bench.rounds", 10);

    @Test
    void overhead() throws Exception {
        for (String size : System.getProperty("picket.bench.articles", "sample,10000").split(",")) {
            Path work = Files.createTempDirectory("picket-overhead");
            try {
                if (size.strip().equals("sample")) {
                    measure("sample corpus", Path.of("../corpus/articles"), work, evalQuestions());
                } else {
                    int articles = Integer.parseInt(size.strip());
                    Path corpus = work.resolve("articles");
                    SyntheticCorpus.write(corpus, articles, 42);
                    measure(String.format(Locale.ROOT, "%,d synthetic articles", articles), corpus, work,
                            SyntheticQuestions.generate(500, 7));
                }
            } finally {
                ScaleBenchmark.delete(work);
            }
        }
    }

    private static List<String> evalQuestions() {
        List<String> out = new ArrayList<>();
        for (List<EvalQuestion> set : List.of(QuestionSet.dev(), QuestionSet.paraphrased(), QuestionSet.dev2(),
                QuestionSet.natural())) {
            set.forEach(q -> out.add(q.question()));
        }
        return out;
    }

    private static void measure(String name, Path corpus, Path work, List<String> questions) throws Exception {
        Path indexDir = work.resolve("index");
        try (PassageIndex index = PassageIndex.open(indexDir)) {
            Corpus read = CorpusReader.builder().build().read(corpus);
            long t = System.nanoTime();
            index.sync(read);
            double built = (System.nanoTime() - t) / 1e9;
            int count = Math.max(2_000, questions.size() * ROUNDS);
            System.out.printf(Locale.ROOT, "%n== %s: %,d passages indexed in %.1f s (%,.0f passages/s), %d "
                    + "questions, %,d timed%n", name, index.passageCount(), built, index.passageCount() / built,
                    questions.size(), count);
            System.out.print(answerOverRaw(index, indexDir, questions, count));
        }
    }

    /**
     * Each question searched raw, then answered in {@code bm25} mode, {@code count} times after as many for
     * warm-up; three lines of percentiles (raw, answer, the difference per question) and the load average.
     */
    static String answerOverRaw(PassageIndex index, Path indexDir, List<String> questions, int count)
            throws Exception {
        Answerer answerer = RetrievalPipeline.builder().index(index).mode(RetrievalMode.BM25).build().answerer();
        try (FSDirectory dir = FSDirectory.open(indexDir); DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            time(questions, searcher, answerer, count); // warm-up
            double[][] ms = time(questions, searcher, answerer, count);
            double[] raw = ms[0];
            double[] answer = ms[1];
            double[] over = new double[count];
            Arrays.setAll(over, i -> answer[i] - raw[i]);
            Arrays.sort(raw);
            Arrays.sort(answer);
            Arrays.sort(over);
            return String.format(Locale.ROOT, "raw Lucene search:     %s%npicket answer, bm25:   %s%n"
                    + "answer - raw, per question: %s; load average %.2f%n", percentiles(raw),
                    percentiles(answer), percentiles(over),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static double[][] time(List<String> questions, IndexSearcher searcher, Answerer answerer, int count)
            throws Exception {
        double[] raw = new double[count];
        double[] answer = new double[count];
        for (int i = 0; i < count; i++) {
            String q = questions.get(i % questions.size());
            long t = System.nanoTime();
            ScaleBenchmark.rawSearch(searcher, q);
            long u = System.nanoTime();
            answerer.answer(q);
            answer[i] = (System.nanoTime() - u) / 1e6;
            raw[i] = (u - t) / 1e6;
        }
        return new double[][] {raw, answer};
    }

    private static String percentiles(double[] sorted) {
        return String.format(Locale.ROOT, "p50 %.3f ms, p95 %.3f ms, p99 %.3f ms", ScaleBenchmark.pct(sorted, 0.5),
                ScaleBenchmark.pct(sorted, 0.95), ScaleBenchmark.pct(sorted, 0.99));
    }
}
