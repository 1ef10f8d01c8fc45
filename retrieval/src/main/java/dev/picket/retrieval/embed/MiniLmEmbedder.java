package dev.picket.retrieval.embed;

import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * The quantised all-MiniLM-L6-v2 sentence model, run in-process by ONNX Runtime from the model file inside
 * LangChain4j's jar ({@link OnnxModel}): no download, no network. The model is loaded once per JVM, so any number
 * of these share it. Symmetric: a question is embedded as a passage is.
 */
public final class MiniLmEmbedder extends InProcessEmbedder {

    public static final String NAME = "all-minilm-l6-v2-q";

    /**
     * Calibrated on the dev and paraphrased sets: unrelated and loosely related news both land below 0.4 for
     * passages; sentences, shorter, spread wider.
     */
    static final Calibration CALIBRATION = new Calibration(0.4, 0.6, 0.3, 0.7);

    public MiniLmEmbedder() {
        super(Loaded.MODEL, NAME, CALIBRATION, "");
    }

    /** Loaded on first use, once per JVM. */
    private static final class Loaded {
        static final OnnxModel MODEL = OnnxModel.load(AllMiniLmL6V2QuantizedEmbeddingModel.class,
                "all-minilm-l6-v2-q.onnx", "all-minilm-l6-v2-q-tokenizer.json", PoolingMode.MEAN);
    }
}
