package dev.picket.retrieval.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import org.junit.jupiter.api.Test;

/** picket's own ONNX session gives LangChain4j's vectors: same model file, tokenizer and pooling. */
class OnnxModelTest {

    private static final List<String> TEXTS = List.of("when is the next nurses strike",
            "Junior doctors in England walked out for five days in July after talks over pay broke down.",
            "rcn ballot result?");

    @Test
    void should_embed_as_langchain4j_does_when_the_model_is_minilm() {
        assertSameVectors(Model.MINILM.embedder(), new AllMiniLmL6V2QuantizedEmbeddingModel());
    }

    @Test
    void should_embed_as_langchain4j_does_when_the_model_is_bge() {
        assertSameVectors(Model.BGE_SMALL.embedder(), new BgeSmallEnV15QuantizedEmbeddingModel());
    }

    private static void assertSameVectors(PassageEmbedder ours, EmbeddingModel theirs) {
        List<float[]> batch = ours.embed(TEXTS);
        for (int i = 0; i < TEXTS.size(); i++) {
            float[] expected = Vectors.normalised(theirs.embed(TextSegment.from(TEXTS.get(i))).content().vector());
            assertThat(batch.get(i)).as("in a batch: " + TEXTS.get(i)).containsExactly(expected, within(1e-5f));
            assertThat(ours.embed(TEXTS.get(i))).as("alone: " + TEXTS.get(i)).containsExactly(expected, within(1e-5f));
        }
    }

    private static org.assertj.core.data.Offset<Float> within(float tolerance) {
        return org.assertj.core.data.Offset.offset(tolerance);
    }
}
