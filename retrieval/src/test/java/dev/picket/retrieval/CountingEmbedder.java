package dev.picket.retrieval;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import dev.picket.retrieval.embed.Calibration;
import dev.picket.retrieval.embed.PassageEmbedder;

/** Wraps an embedder and counts the texts it was asked to embed. */
public final class CountingEmbedder implements PassageEmbedder {

    public final AtomicInteger texts = new AtomicInteger();
    private final PassageEmbedder delegate;
    private final String name;

    public CountingEmbedder(PassageEmbedder delegate, String name) {
        this.delegate = delegate;
        this.name = name;
    }

    @Override
    public List<float[]> embed(List<String> batch) {
        texts.addAndGet(batch.size());
        return delegate.embed(batch);
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
