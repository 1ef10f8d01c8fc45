package dev.picket.retrieval.embed;

import java.util.function.Supplier;

/** The in-process embedding models picket ships with, by the name a setting gives them. */
public enum Model {

    /** all-MiniLM-L6-v2, quantised: the smaller and faster. */
    MINILM(MiniLmEmbedder::new),
    /** BAAI bge-small-en-v1.5, quantised: better at retrieval by its published scores, with a query instruction. */
    BGE_SMALL(BgeSmallEmbedder::new);

    /**
     * The model picket embeds with unless told otherwise: BGE answered as well or better on every tuning set and
     * declined far fewer answerable questions, for about twice MiniLM's time per question (docs/quality.md).
     */
    public static final Model DEFAULT = BGE_SMALL;

    private final Supplier<PassageEmbedder> factory;

    Model(Supplier<PassageEmbedder> factory) {
        this.factory = factory;
    }

    /** A new embedder of this model; the model itself is loaded once per JVM and shared. */
    public PassageEmbedder embedder() {
        return factory.get();
    }
}
