package dev.picket.retrieval;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import dev.picket.retrieval.embed.Calibration;
import dev.picket.retrieval.embed.PassageEmbedder;

/** Wraps an embedder and counts the texts it was asked to embed, and the calling threads' CPU time it took. */
public final class CountingEmbedder implements PassageEmbedder {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public final AtomicInteger texts = new AtomicInteger();
    public final AtomicLong cpuNanos = new AtomicLong();
    private final PassageEmbedder delegate;
    private final String name;

    public CountingEmbedder(PassageEmbedder delegate, String name) {
        this.delegate = delegate;
        this.name = name;
    }

    @Override
    public List<float[]> embed(List<String> batch) {
        long start = THREADS.getCurrentThreadCpuTime();
        List<float[]> out = delegate.embed(batch);
        cpuNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - start);
        texts.addAndGet(batch.size());
        return out;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String queryInstruction() {
        return delegate.queryInstruction();
    }

    @Override
    public Calibration calibration() {
        return delegate.calibration();
    }
}
