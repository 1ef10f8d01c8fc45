package dev.picket.retrieval;

/** Where the time of one answer went, in milliseconds. */
public record Timings(double retrievalMs, double totalMs) {

    static double millisSince(long startNanos) {
        return Math.round((System.nanoTime() - startNanos) / 10_000.0) / 100.0;
    }
}
