package dev.picket.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import dev.picket.corpus.Corpus;
import dev.picket.corpus.CorpusReader;
import dev.picket.retrieval.index.PassageIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The BM25 index build rate alone, without the rest of {@link ScaleBenchmark}: the synthetic corpus is read once,
 * then indexed into a fresh folder several times ({@code -Dpicket.bench.articles=10000 -Dpicket.bench.rounds=3}),
 * so two versions of the code can be compared in turns on a shared machine. Prints figures, asserts nothing.
 */
class BuildRateBenchmark {

    @TempDir
    Path tmp;

    @Test
    void build_rate() throws Exception {
        int articles = Integer.getInteger("picket.bench.articles", 10_000);
        int rounds = Integer.getInteger("picket.bench.rounds", 3);
        SyntheticCorpus.write(tmp.resolve("articles"), articles, 42);
        Corpus corpus = CorpusReader.builder().build().read(tmp.resolve("articles"));
        int passages = corpus.articles().stream().mapToInt(a -> a.passages().size()).sum();
        double[] rates = new double[rounds];
        double[] cpuRates = new double[rounds];
        // The machine is shared: CPU time, the process's own, moves far less with the load than the clock does.
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int r = 0; r < rounds; r++) {
            Path dir = Files.createDirectory(tmp.resolve("index-" + r));
            try (PassageIndex index = PassageIndex.open(dir)) {
                long t = System.nanoTime();
                long cpu = os.getProcessCpuTime();
                index.sync(corpus);
                rates[r] = passages / ((System.nanoTime() - t) / 1e9);
                cpuRates[r] = passages / ((os.getProcessCpuTime() - cpu) / 1e9);
            }
            System.out.printf(Locale.ROOT, "build %d: %,.0f passages/s, %,.0f passages per CPU second%n", r + 1,
                    rates[r], cpuRates[r]);
        }
        Arrays.sort(rates);
        Arrays.sort(cpuRates);
        System.out.printf(Locale.ROOT, "BM25 build of %,d passages: median %,.0f passages/s, best %,.0f; median %,.0f "
                + "passages per CPU second; load average %.1f%n", passages, rates[rounds / 2], rates[rounds - 1],
                cpuRates[rounds / 2], os.getSystemLoadAverage());
    }
}
