package dev.picket.retrieval.embed;

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

    /**
     * Whether a text has anything to embed: at least one letter or digit. Zero-width, non-breaking and other
     * format characters, or a lone combining mark, are not blank to Java but leave the model's tokenizer
     * nothing, and it refuses them.
     */
    static boolean embeddable(String text) {
        return text != null && text.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    default float[] embed(String text) {
        return embed(List.of(text)).getFirst();
    }
}
