package dev.picket.retrieval.embed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

/**
 * One of LangChain4j's bundled models (the ONNX file, tokenizer and pooling inside its jar, so the same vectors)
 * in an ONNX Runtime session of picket's own. LangChain4j's session fans every run out over all cores and spins
 * its threads between runs: one question at a time on 2 cores, that doubled the process's CPU time per answer
 * (HybridCostBenchmark, 9.8 against 4.9 ms), and under load it takes the cores other requests need. picket embeds
 * each question on the request's own thread while other requests run, so a run keeps to that thread, which never
 * spins. Batches (passages at indexing time) still use every core, one text per core.
 */
final class OnnxModel extends AbstractInProcessEmbeddingModel {

    private final OnnxBertBiEncoder encoder;

    private OnnxModel(OnnxBertBiEncoder encoder) {
        super(null);
        this.encoder = encoder;
    }

    /**
     * @param owner     LangChain4j's class of the model, whose jar holds the files; it is not initialised, so
     *                  its own session is never loaded
     * @param file      the ONNX file's name in that jar
     * @param tokenizer the tokenizer's
     */
    static OnnxModel load(Class<?> owner, String file, String tokenizer, PoolingMode pooling) {
        ClassLoader loader = owner.getClassLoader();
        try (InputStream model = loader.getResourceAsStream(file);
             InputStream vocabulary = loader.getResourceAsStream(tokenizer)) {
            if (model == null || vocabulary == null) {
                throw new IllegalStateException("no " + file + " or " + tokenizer + " beside " + owner.getName());
            }
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession session = environment.createSession(model.readAllBytes(), options());
            return new OnnxModel(new OnnxBertBiEncoder(environment, session, vocabulary, pooling));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the model " + file, e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the model " + file + ": " + e.getMessage(), e);
        }
    }

    private static OrtSession.SessionOptions options() throws OrtException {
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setIntraOpNumThreads(1);
        options.setInterOpNumThreads(1);
        options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
        options.addConfigEntry("session.intra_op.allow_spinning", "0");
        return options;
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }
}
