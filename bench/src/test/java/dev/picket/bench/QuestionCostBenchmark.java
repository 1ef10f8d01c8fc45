package dev.picket.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * What each question of a {@code wrk} script costs picket's extractive answerer in {@code bm25} mode on the sample
 * corpus, in CPU time of the answering thread, the least mean of batches of 200 (so a busy shared machine moves it
 * less than wall time), beside a
 * raw Lucene search of the same question. The script is {@code ../shared/bench-baselines/ask.lua} unless
 * {@code -Dpicket.bench.script=FILE}; {@code -Dpicket.bench.rounds} (default 4,000) per question. Tells which
 * questions of {@code compare.sh}'s four-question load cost most. A benchmark: it prints and asserts nothing.
 */
class QuestionCostBenchmark {

    private static final int ROUNDS = Integer.getInteger("picket.bench.rounds", 4_000);
    private static final int BATCH = 200;
    private static final Pattern QUESTION = Pattern.compile("\"question\":\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Test
    void cost(@TempDir Path work) throws Exception {
        Path script = Path.of(System.getProperty("picket.bench.script", "../../shared/bench-baselines/ask.lua"));
        List<String> questions = new ArrayList<>();
        Matcher m = QUESTION.matcher(Files.readString(script));
        while (m.find()) {
            questions.add(m.group(1));
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        Path indexDir = work.resolve("index");
        try (PassageIndex index = PassageIndex.open(indexDir)) {
            index.sync(CorpusReader.builder().build().read(Path.of("../corpus/articles")));
            Answerer answerer = RetrievalPipeline.builder().index(index).mode(RetrievalMode.BM25).build().answerer();
            try (FSDirectory dir = FSDirectory.open(indexDir); DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                for (int round = 0; round < 2; round++) { // the first round warms up
                    System.out.printf(Locale.ROOT, "%n== round %d, %,d answers per question, load average %.2f%n",
                            round, ROUNDS, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
                    for (String q : questions) {
                        long[] raw = new long[ROUNDS];
                        long[] answer = new long[ROUNDS];
                        for (int i = 0; i < ROUNDS; i++) {
                            long t = cpu.getCurrentThreadCpuTime();
                            ScaleBenchmark.rawSearch(searcher, q);
                            long u = cpu.getCurrentThreadCpuTime();
                            answerer.answer(q);
                            answer[i] = cpu.getCurrentThreadCpuTime() - u;
                            raw[i] = u - t;
                        }
                        System.out.printf(Locale.ROOT, "answer %4.0f us, raw search %4.0f us: %s%n",
                                leastMean(answer), leastMean(raw), q);
                    }
                }
            }
        }
    }

    /**
     * The least mean over batches of {@value #BATCH}: the batch the other processes on a shared machine disturbed
     * least, which moves far less from run to run than the mean of all.
     */
    private static double leastMean(long[] nanos) {
        double least = Double.MAX_VALUE;
        for (int from = 0; from + BATCH <= nanos.length; from += BATCH) {
            least = Math.min(least, mean(Arrays.copyOfRange(nanos, from, from + BATCH)));
        }
        return least;
    }

    private static double mean(long[] nanos) {
        return Arrays.stream(nanos).average().orElse(0) / 1_000;
    }
}
