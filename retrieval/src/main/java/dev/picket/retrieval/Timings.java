package dev.picket.retrieval;

/**
 * Where the time of one answer went, in milliseconds.
 *
 * @param llmMs the time spent waiting for the LLM; null when none was asked
 */
public record Timings(double retrievalMs, double totalMs, Double llmMs) {

    public Timings(double retrievalMs, double totalMs) {
        this(retrievalMs, totalMs, null);
    }

    public static double millisSince(long startNanos) {
        return Math.round((System.nanoTime() - startNanos) / 10_000.0) / 100.0;
    }
}
