package dev.picket.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import dev.picket.corpus.CorpusReader;
import dev.picket.retrieval.Answerer;
import dev.picket.retrieval.RetrievalMode;
import dev.picket.retrieval.RetrievalPipeline;
import dev.picket.retrieval.index.PassageIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the questions of {@code bench/distinct.lua} cost picket's extractive answerer in {@code bm25} mode on the
 * sample corpus, in CPU time of the answering thread, beside a raw Lucene search of each: the cost behind
 * {@code compare.sh}'s distinct stream, where no answer is asked twice in a row (336 others come between, more
 * than any memo holds). Prints the mean per answer of each round and the least of the rounds after the first
 * ({@code -Dpicket.bench.rounds}, default 8), as a busy shared machine moves the least less. Asserts nothing.
 */
class DistinctCostBenchmark {

    private static final int ROUNDS = Integer.getInteger("picket.bench.rounds", 8);

    @Test
    void cost(@TempDir Path work) throws Exception {
        List<String> questions = HybridCostBenchmark.distinctQuestions(Path.of("distinct.lua"));
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        Path indexDir = work.resolve("index");
        try (PassageIndex index = PassageIndex.open(indexDir)) {
            index.sync(CorpusReader.builder().build().read(Path.of("../corpus/articles")));
            Answerer answerer = RetrievalPipeline.builder().index(index).mode(RetrievalMode.BM25).build().answerer();
            try (FSDirectory dir = FSDirectory.open(indexDir); DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                double bestAnswer = Double.MAX_VALUE;
                double bestRaw = Double.MAX_VALUE;
                for (int round = 0; round < ROUNDS; round++) {
                    long[] answer = new long[questions.size()];
                    long[] raw = new long[questions.size()];
                    for (int i = 0; i < questions.size(); i++) {
                        long t = cpu.getCurrentThreadCpuTime();
                        ScaleBenchmark.rawSearch(searcher, questions.get(i));
                        long u = cpu.getCurrentThreadCpuTime();
                        answerer.answer(questions.get(i));
                        answer[i] = cpu.getCurrentThreadCpuTime() - u;
                        raw[i] = u - t;
                    }
                    double a = Arrays.stream(answer).average().orElse(0) / 1_000;
                    double r = Arrays.stream(raw).average().orElse(0) / 1_000;
                    System.out.printf(Locale.ROOT, "round %d: answer %5.0f us, raw search %4.0f us (load %.2f)%n",
                            round, a, r, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
                    if (round > 0) {
                        bestAnswer = Math.min(bestAnswer, a);
                        bestRaw = Math.min(bestRaw, r);
                    }
                }
                System.out.printf(Locale.ROOT, "least: answer %5.0f us, raw search %4.0f us, %d questions%n",
                        bestAnswer, bestRaw, questions.size());
            }
        }
    }
}
