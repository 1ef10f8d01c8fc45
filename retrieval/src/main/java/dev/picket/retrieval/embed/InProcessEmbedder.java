package dev.picket.retrieval.embed;

import java.util.ArrayList;
import java.util.List;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;

/**
 * One of LangChain4j's in-process ONNX models, with its name, the calibration of its cosines and its query
 * instruction. Its vectors are normalised, so a dot product is their cosine.
 */
abstract class InProcessEmbedder implements PassageEmbedder {

    private final EmbeddingModel model;
    private final String name;
    private final Calibration calibration;
    private final String queryInstruction;

    InProcessEmbedder(EmbeddingModel model, String name, Calibration calibration, String queryInstruction) {
        this.model = model;
        this.name = name;
        this.calibration = calibration;
        this.queryInstruction = queryInstruction;
    }

    @Override
    public final List<float[]> embed(List<String> texts) {
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
    public final String name() {
        return name;
    }

    @Override
    public final Calibration calibration() {
        return calibration;
    }

    @Override
    public final String queryInstruction() {
        return queryInstruction;
    }
}
