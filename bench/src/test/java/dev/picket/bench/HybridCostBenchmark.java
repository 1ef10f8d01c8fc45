package dev.picket.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.picket.corpus.CorpusReader;
import dev.picket.retrieval.Answerer;
import dev.picket.retrieval.CountingEmbedder;
import dev.picket.retrieval.RetrievalMode;
import dev.picket.retrieval.RetrievalPipeline;
import dev.picket.retrieval.embed.MemoisingEmbedder;
import dev.picket.retrieval.embed.Model;
import dev.picket.retrieval.embed.PassageEmbedder;
import dev.picket.retrieval.index.PassageIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CPU time of one {@code hybrid} answer to a question no cache holds, split into the question's embeddings
 * and the rest (and the whole process's CPU time, which counts ONNX Runtime's own threads): the 336 questions of
 * {@code bench/distinct.lua} in turn on the sample corpus, on one thread, after a warm-up round
 * ({@code -Dpicket.bench.rounds=5} timed rounds). Thread CPU time, so another process on the machine slows it less
 * than it slows a wall clock; and the bytes the answering thread allocated, which the machine's load does not move
 * at all (the garbage collector's share of the process's CPU follows them). A benchmark: it prints figures and
 * asserts nothing.
 */
class HybridCostBenchmark {

    private static final int ROUNDS = Integer.getInteger("picket.bench.rounds", 5);
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    @Test
    void cost(@TempDir Path work) throws Exception {
        List<String> questions = distinctQuestions(Path.of("distinct.lua"));
        PassageEmbedder model = Model.DEFAULT.embedder();
        CountingEmbedder timed = new CountingEmbedder(model, model.name());
        PassageEmbedder embedder = new MemoisingEmbedder(timed);
        try (PassageIndex index = PassageIndex.open(work.resolve("index"), embedder, true)) {
            index.sync(CorpusReader.builder().build().read(Path.of("../corpus/articles")));
            Answerer answerer = RetrievalPipeline.builder().index(index).embedder(embedder)
                    .mode(RetrievalMode.HYBRID).build().answerer();
            run(answerer, questions, 1);
            timed.texts.set(0);
            timed.cpuNanos.set(0);
            long process = PROCESS.getProcessCpuTime();
            long allocated = THREADS.getCurrentThreadAllocatedBytes();
            long cpu = run(answerer, questions, ROUNDS);
            allocated = THREADS.getCurrentThreadAllocatedBytes() - allocated;
            process = PROCESS.getProcessCpuTime() - process;
            int answers = questions.size() * ROUNDS;
            System.out.printf(Locale.ROOT, "hybrid, %d distinct questions x %d rounds: %.3f ms CPU per answer "
                            + "(%.3f ms of the process's), %.2f texts embedded per answer at %.3f ms each, "
                            + "%.3f ms CPU besides, %.1f KB allocated per answer%n",
                    questions.size(), ROUNDS, cpu / 1e6 / answers, process / 1e6 / answers,
                    timed.texts.get() / (double) answers,
                    timed.cpuNanos.get() / 1e6 / Math.max(1, timed.texts.get()),
                    (cpu - timed.cpuNanos.get()) / 1e6 / answers, allocated / 1024.0 / answers);
        }
    }

    private static long run(Answerer answerer, List<String> questions, int rounds) {
        long start = THREADS.getCurrentThreadCpuTime();
        for (int r = 0; r < rounds; r++) {
            questions.forEach(answerer::answer);
        }
        return THREADS.getCurrentThreadCpuTime() - start;
    }

    /** Every template of the wrk script filled with every subject, as the script asks them. */
    static List<String> distinctQuestions(Path script) throws Exception {
        String lua = Files.readString(script);
        List<String> templates = strings(lua, "templates");
        List<String> out = new ArrayList<>();
        for (String subject : strings(lua, "subjects")) {
            templates.forEach(t -> out.add(t.replace("%s", subject)));
        }
        return out;
    }

    private static List<String> strings(String lua, String table) {
        Matcher block = Pattern.compile("local " + table + " = \\{(.*?)\\n}", Pattern.DOTALL).matcher(lua);
        if (!block.find()) {
            throw new IllegalStateException("no table " + table + " in the wrk script");
        }
        List<String> out = new ArrayList<>();
        Matcher quoted = Pattern.compile("\"([^\"]*)\"").matcher(block.group(1));
        while (quoted.find()) {
            out.add(quoted.group(1));
        }
        return out;
    }
}
