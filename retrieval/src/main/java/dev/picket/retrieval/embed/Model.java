package dev.picket.retrieval.embed;

import java.util.function.Supplier;

/** The in-process embedding models picket ships with, by the name a setting gives them. */
public enum Model {

    /** all-MiniLM-L6-v2, quantised: the smaller and faster. */
    MINILM(MiniLmEmbedder::new),
    /** BAAI bge-small-en-v1.5, quantised: better at retrieval by its published scores, with a query instruction. */
    BGE_SMALL(BgeSmallEmbedder::new);

    /**
     * The model picket embeds with unless told otherwise. With the answerer that reads each kind of question,
     * MiniLM answered more natural questions right and declined what the articles don't cover far more often
     * (88.9 % against 66.7 % of the natural dev set's), in half BGE's time per question; BGE ranks passages
     * better and declines fewer answerable questions (docs/quality.md).
     */
    public static final Model DEFAULT = MINILM;

    private final Supplier<PassageEmbedder> factory;

    Model(Supplier<PassageEmbedder> factory) {
        this.factory = factory;
    }

    /** A new embedder of this model; the model itself is loaded once per JVM and shared. */
    public PassageEmbedder embedder() {
        return factory.get();
    }
}
