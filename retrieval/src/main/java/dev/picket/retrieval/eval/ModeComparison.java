package dev.picket.retrieval.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.picket.retrieval.RetrievalMode;
import dev.picket.retrieval.RetrievalPipeline;
import dev.picket.retrieval.embed.PassageEmbedder;
import dev.picket.retrieval.index.PassageIndex;

/**
 * Runs one question set through every retrieval mode over the same index, offline and extractive, and prints
 * the metrics side by side with each mode's abstention calibration.
 */
public final class ModeComparison {

    private ModeComparison() {
    }

    /** Every mode the index supports: all three with vectors, BM25 alone without. */
    public static Map<RetrievalMode, EvalReport> run(PassageIndex index, PassageEmbedder embedder,
                                                     List<EvalQuestion> questions) {
        Map<RetrievalMode, EvalReport> reports = new LinkedHashMap<>();
        for (RetrievalMode mode : RetrievalMode.values()) {
            if (mode.needsVectors() && (embedder == null || !index.hasVectors())) {
                continue;
            }
            RetrievalPipeline pipeline = RetrievalPipeline.builder().index(index).embedder(embedder).mode(mode).build();
            reports.put(mode, new EvalRunner(pipeline.answerer(), pipeline.retriever(), pipeline.answerer())
                    .run(questions));
        }
        return reports;
    }

    public static String format(String title, Map<RetrievalMode, EvalReport> reports) {
        StringBuilder out = new StringBuilder(title).append('\n');
        out.append(String.format(Locale.ROOT, "%-18s", "metric"));
        reports.keySet().forEach(m -> out.append(String.format(Locale.ROOT, " %10s", m.label())));
        out.append('\n');
        List<EvalReport> columns = List.copyOf(reports.values());
        int rows = columns.getFirst().rows().size();
        for (int i = 0; i < rows; i++) {
            out.append(String.format(Locale.ROOT, "%-18s", columns.getFirst().rows().get(i)[0]));
            for (EvalReport r : columns) {
                out.append(String.format(Locale.ROOT, " %10s", r.rows().get(i)[1]));
            }
            out.append('\n');
        }
        reports.forEach((mode, r) -> out.append(String.format(Locale.ROOT, "calibration %-6s %s%n", mode.label(),
                r.calibration().format())));
        return out.toString();
    }
}
