package dev.picket.retrieval.embed;

import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * One short text (a question) embedded as LangChain4j's {@code OnnxBertBiEncoder} embeds it, with one call to the
 * tokenizer fewer. The encoder tokenizes the text, rebuilds a sentence from its word pieces, tokenizes that to check
 * it gives the same pieces, then encodes the rebuilt sentence a third time for the model's input. That third encoding
 * is the check's own (same text, same special tokens, no overflow), so here the check's ids go to the model. Mean
 * pooling and normalising are done with the same float arithmetic in the same order, so the vector is the same to
 * the bit ({@code OneTextTest}). Anything else (a text of more than one 510-token window, a rebuilt sentence that
 * tokenizes otherwise, CLS pooling) returns null, and the caller takes LangChain4j's path.
 */
final class OneText {

    /** The pieces of one window of LangChain4j's encoder, between [CLS] and [SEP]. */
    private static final int WINDOW = 510;

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean typeIds;

    OneText(OrtEnvironment environment, OrtSession session, HuggingFaceTokenizer tokenizer) {
        this.environment = environment;
        this.session = session;
        this.tokenizer = tokenizer;
        this.typeIds = session.getInputNames().contains("token_type_ids");
    }

    /** The text's vector, mean-pooled and normalised; null when LangChain4j's encoder must embed it. */
    float[] embed(String text) {
        String[] pieces = tokenizer.encode(text).getTokens();
        if (pieces.length <= 2 || pieces.length - 2 > WINDOW) {
            return null;
        }
        List<String> inner = Arrays.asList(pieces).subList(1, pieces.length - 1);
        Encoding rebuilt = tokenizer.encode(tokenizer.buildSentence(inner));
        String[] again = rebuilt.getTokens();
        if (again.length != pieces.length || !Arrays.asList(again).subList(1, again.length - 1).equals(inner)) {
            return null;
        }
        try {
            return normalised(meanPooled(run(rebuilt)));
        } catch (OrtException e) {
            throw new IllegalStateException("the model failed on a text: " + e.getMessage(), e);
        }
    }

    private float[][] run(Encoding encoding) throws OrtException {
        long[] shape = {1, encoding.getIds().length};
        try (OnnxTensor ids = tensor(encoding.getIds(), shape);
             OnnxTensor mask = tensor(encoding.getAttentionMask(), shape);
             OnnxTensor types = tensor(encoding.getTypeIds(), shape)) {
            Map<String, OnnxTensor> inputs = new HashMap<>();
            inputs.put("input_ids", ids);
            inputs.put("attention_mask", mask);
            if (typeIds) {
                inputs.put("token_type_ids", types);
            }
            try (OrtSession.Result result = session.run(inputs)) {
                return ((float[][][]) result.get(0).getValue())[0];
            }
        }
    }

    private OnnxTensor tensor(long[] values, long[] shape) throws OrtException {
        return OnnxTensor.createTensor(environment, LongBuffer.wrap(values), shape);
    }

    /** The tokens' mean, summed token by token in float as the encoder sums them. */
    private static float[] meanPooled(float[][] tokens) {
        float[] sum = new float[tokens[0].length];
        for (float[] token : tokens) {
            for (int d = 0; d < sum.length; d++) {
                sum[d] += token[d];
            }
        }
        for (int d = 0; d < sum.length; d++) {
            sum[d] /= tokens.length;
        }
        return sum;
    }

    /** Divided by its length, the float sum of squares rooted in double, as the encoder normalises. */
    private static float[] normalised(float[] v) {
        float squares = 0;
        for (float x : v) {
            squares += x * x;
        }
        float norm = (float) Math.sqrt(squares);
        float[] out = new float[v.length];
        for (int d = 0; d < v.length; d++) {
            out[d] = v[d] / norm;
        }
        return out;
    }
}
