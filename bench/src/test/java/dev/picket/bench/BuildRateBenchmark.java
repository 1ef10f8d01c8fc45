package dev.picket.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

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
            ThreadCpu threads = new ThreadCpu();
            double seconds;
            try (PassageIndex index = PassageIndex.open(dir)) {
                long t = System.nanoTime();
                long cpu = os.getProcessCpuTime();
                index.sync(corpus);
                seconds = (System.nanoTime() - t) / 1e9;
                rates[r] = passages / seconds;
                cpuRates[r] = passages / ((os.getProcessCpuTime() - cpu) / 1e9);
            }
            System.out.printf(Locale.ROOT, "build %d: %,.0f passages/s, %,.0f passages per CPU second; %s%n", r + 1,
                    rates[r], cpuRates[r], threads.stop(seconds, passages));
        }
        Arrays.sort(rates);
        Arrays.sort(cpuRates);
        System.out.printf(Locale.ROOT, "BM25 build of %,d passages: median %,.0f passages/s, best %,.0f; median %,.0f "
                + "passages per CPU second; load average %.1f%n", passages, rates[rounds / 2], rates[rounds - 1],
                cpuRates[rounds / 2], os.getSystemLoadAverage());
    }

    /**
     * The CPU time of every thread alive during a build, polled, since the pipeline's workers end with the sync:
     * the last figure seen of a thread that has ended stands for its total.
     */
    private static final class ThreadCpu {

        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private final Map<Long, Long> first = new HashMap<>();
        private final Map<Long, Long> last = new HashMap<>();
        private final Map<Long, String> names = new HashMap<>();
        private volatile boolean running = true;
        private final Thread poller = new Thread(this::poll, "bench-thread-cpu");

        ThreadCpu() {
            sample();
            first.putAll(last);
            poller.setDaemon(true);
            poller.start();
        }

        private void poll() {
            while (running) {
                sample();
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private synchronized void sample() {
            for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
                if (info != null) {
                    long cpu = threads.getThreadCpuTime(info.getThreadId());
                    if (cpu >= 0) {
                        last.put(info.getThreadId(), cpu);
                        names.put(info.getThreadId(), info.getThreadName());
                    }
                }
            }
        }

        /**
         * How busy each kind of thread was over the build, as a share of its wall time: the sync's own thread
         * (which writes, so Lucene's inverting runs there), the pipeline's workers, Lucene's merges. One near
         * 100 % is the build's floor; the CPU time a passage is what the load moves least. JIT and GC threads are
         * not Java threads and are not shown.
         */
        String stop(double seconds, int passages) throws InterruptedException {
            running = false;
            poller.join();
            sample();
            Map<String, Long> byKind = new TreeMap<>();
            synchronized (this) {
                last.forEach((id, cpu) -> {
                    String name = names.get(id);
                    String kind = name.startsWith("picket-index-") ? "workers"
                            : name.startsWith("Lucene Merge") ? "merges" : name.equals("main") ? "writer" : "other";
                    byKind.merge(kind, cpu - first.getOrDefault(id, 0L), Long::sum);
                });
            }
            StringBuilder out = new StringBuilder("thread CPU / wall:");
            byKind.forEach((kind, cpu) -> out.append(String.format(Locale.ROOT, " %s %.0f%% (%.1f us a passage)",
                    kind, 100 * cpu / 1e9 / seconds, cpu / 1e3 / passages)));
            return out.toString();
        }
    }
}
