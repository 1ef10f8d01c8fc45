package dev.picket.retrieval.embed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.output.Response;

/**
 * One of LangChain4j's bundled models (the ONNX file, tokenizer and pooling inside its jar, so the same vectors)
 * in an ONNX Runtime session of picket's own. LangChain4j's session fans every run out over all cores and spins
 * its threads between runs: one question at a time on 2 cores, that doubled the process's CPU time per answer
 * (HybridCostBenchmark, 9.8 against 4.9 ms), and under load it takes the cores other requests need. picket embeds
 * each question on the request's own thread while other requests run, so a run keeps to that thread, which never
 * spins. Batches (passages at indexing time) still use every core, one text per core. A single text (the
 * question of every answer) goes through {@link OneText}, the same vector with one tokenizer call fewer.
 */
final class OnnxModel extends AbstractInProcessEmbeddingModel {

    private final OnnxBertBiEncoder encoder;
    private final OneText one;

    private OnnxModel(OnnxBertBiEncoder encoder, OneText one) {
        super(null);
        this.encoder = encoder;
        this.one = one;
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
            byte[] words = vocabulary.readAllBytes();
            // The tokenizer as the encoder makes its own, from the same file with the same options.
            OneText one = pooling != PoolingMode.MEAN ? null : new OneText(environment, session,
                    HuggingFaceTokenizer.newInstance(new ByteArrayInputStream(words), Map.of("padding", "false")));
            return new OnnxModel(new OnnxBertBiEncoder(environment, session, new ByteArrayInputStream(words), pooling),
                    one);
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
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        if (one != null && segments.size() == 1) {
            float[] vector = one.embed(segments.getFirst().text());
            if (vector != null) {
                return Response.from(List.of(Embedding.from(vector)));
            }
        }
        return super.embedAll(segments);
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }
}
