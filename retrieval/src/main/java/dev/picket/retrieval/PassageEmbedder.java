package dev.picket.retrieval;

import java.util.List;

/** Turns texts into unit-length vectors whose cosine similarity reflects closeness in meaning. */
public interface PassageEmbedder {

    /**
     * @param texts the texts to embed, in order
     * @return one vector per text, in the same order, all of the same dimension
     */
    List<float[]> embed(List<String> texts);

    /** Names the model; vectors from different models are never mixed in one index or cache. */
    default String name() {
        return getClass().getSimpleName();
    }

    default float[] embed(String text) {
        return embed(List.of(text)).getFirst();
    }
}
