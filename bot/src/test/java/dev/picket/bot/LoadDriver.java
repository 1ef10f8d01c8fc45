package dev.picket.bot;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Closed-loop load: {@code clients} threads each send a request, wait for it, and send the next, for a fixed
 * time, a fixed number of requests, or until told to stop. Every call's latency is kept, so the percentiles are exact, and every failed call's reason is kept.
 */
public final class LoadDriver {

    /** One request; returns null when it went as it should, or what went wrong. */
    @FunctionalInterface
    public interface Call {
        String send(int client, long sequence) throws Exception;
    }

    private LoadDriver() {
    }

    public static Result run(int clients, Duration duration, Call call) throws Exception {
        long end = System.nanoTime() + duration.toNanos();
        return run(clients, () -> System.nanoTime() < end, call);
    }

    /** Exactly {@code calls} requests shared among the clients, however long they take: tests count, not time. */
    public static Result calls(int clients, int calls, Call call) throws Exception {
        AtomicInteger left = new AtomicInteger(calls);
        return run(clients, () -> left.getAndDecrement() > 0, call);
    }

    /** Requests until {@code more} says stop; each client asks it before each request. */
    public static Result run(int clients, BooleanSupplier more, Call call) throws Exception {
        ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        List<Future<long[]>> workers = new ArrayList<>(clients);
        long start = System.nanoTime();
        try (ExecutorService threads = Executors.newFixedThreadPool(clients)) {
            for (int c = 0; c < clients; c++) {
                int client = c;
                workers.add(threads.submit(() -> {
                    long[] nanos = new long[1024];
                    int n = 0;
                    while (more.getAsBoolean()) {
                        long t = System.nanoTime();
                        String problem;
                        try {
                            problem = call.send(client, n);
                        } catch (Exception e) {
                            problem = e.toString();
                        }
                        if (problem != null) {
                            problems.add(problem);
                        }
                        if (n == nanos.length) {
                            nanos = Arrays.copyOf(nanos, n * 2);
                        }
                        nanos[n++] = System.nanoTime() - t;
                    }
                    return Arrays.copyOf(nanos, n);
                }));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] all = new long[0];
        for (Future<long[]> w : workers) {
            long[] mine = w.get();
            int at = all.length;
            all = Arrays.copyOf(all, at + mine.length);
            System.arraycopy(mine, 0, all, at, mine.length);
        }
        Arrays.sort(all);
        return new Result(clients, all.length, List.copyOf(problems), seconds, all);
    }

    /** What a run did; latencies in nanoseconds, sorted. */
    public record Result(int clients, int requests, List<String> problems, double seconds, long[] latencies) {

        public double perSecond() {
            return requests / seconds;
        }

        public double percentileMillis(double p) {
            if (latencies.length == 0) {
                return Double.NaN;
            }
            return latencies[Math.max(0, (int) Math.ceil(p * latencies.length) - 1)] / 1e6;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%3d clients: %7d requests in %.1f s = %8.1f req/s, p50 %.2f ms, "
                            + "p99 %.2f ms, max %.2f ms, %d errors", clients, requests, seconds, perSecond(),
                    percentileMillis(0.50), percentileMillis(0.99), percentileMillis(1.0), problems.size());
        }
    }
}
