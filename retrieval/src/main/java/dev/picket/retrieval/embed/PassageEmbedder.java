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

    /** MiniLM's, the scale the answerer was first calibrated on. */
    Calibration DEFAULT_CALIBRATION = MiniLmEmbedder.CALIBRATION;

    /** Where this model's cosines say something; a model whose cosines sit elsewhere than MiniLM's says so. */
    default Calibration calibration() {
        return DEFAULT_CALIBRATION;
    }

    /**
     * Whether a text has anything to embed: at least one letter or digit. Zero-width, non-breaking and other
     * format characters, or a lone combining mark, are not blank to Java but leave the model's tokenizer
     * nothing, and it refuses them.
     */
    static boolean embeddable(String text) {
        return text != null && text.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /** Embeds one text as a passage is embedded. */
    default float[] embed(String text) {
        return embed(List.of(text)).getFirst();
    }

    /**
     * What goes in front of a question searched against passages. Asymmetric models (BGE) want an instruction
     * there and none in front of what is searched; a symmetric one (MiniLM) wants none, and embeds both alike.
     */
    default String queryInstruction() {
        return "";
    }

    /** Embeds a question, to be compared with passages: the text after the model's query instruction. */
    default float[] embedQuery(String question) {
        return embed(queryInstruction() + question);
    }
}
