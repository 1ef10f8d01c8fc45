package dev.picket.retrieval.embed;

import java.util.ArrayList;
import java.util.List;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * The quantised all-MiniLM-L6-v2 sentence model, run in-process by ONNX Runtime from the model file inside its
 * jar: no download, no network. The model is loaded once per JVM (the library holds it in a static field), so
 * any number of these share it.
 */
public final class MiniLmEmbedder implements PassageEmbedder {

    public static final String NAME = "all-minilm-l6-v2-q";

    private final EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();

    @Override
    public List<float[]> embed(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        List<Embedding> embeddings = model.embedAll(texts.stream().map(TextSegment::from).toList()).content();
        List<float[]> out = new ArrayList<>(embeddings.size());
        for (Embedding e : embeddings) {
            out.add(Vectors.normalised(e.vector()));
        }
        return out;
    }

    @Override
    public String name() {
        return NAME;
    }
}
