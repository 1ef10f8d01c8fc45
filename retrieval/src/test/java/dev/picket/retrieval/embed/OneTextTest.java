package dev.picket.retrieval.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.picket.retrieval.eval.EvalQuestion;
import dev.picket.retrieval.eval.QuestionSet;
import org.junit.jupiter.api.Test;

/**
 * A text embedded alone ({@link OneText}) gets the vector LangChain4j's encoder gives it in a batch, to the bit:
 * the tuning sets' questions, the sample articles' paragraphs, and texts the shortcut hands back to the encoder.
 */
class OneTextTest {

    private static final OnnxModel MODEL = OnnxModel.load(AllMiniLmL6V2QuantizedEmbeddingModel.class,
            "all-minilm-l6-v2-q.onnx", "all-minilm-l6-v2-q-tokenizer.json", PoolingMode.MEAN);

    @Test
    void should_give_the_encoders_vector_when_a_question_is_embedded_alone() {
        List<String> questions = Stream.of(QuestionSet.dev(), QuestionSet.paraphrased(), QuestionSet.dev2(),
                        QuestionSet.natural(), QuestionSet.naturalDev3(), QuestionSet.naturalDev4(),
                        QuestionSet.naturalDev5(), QuestionSet.naturalDev6(), QuestionSet.naturalDev7(),
                        QuestionSet.naturalDev8(), QuestionSet.naturalFresh6(), QuestionSet.naturalFresh7(),
                        QuestionSet.naturalFresh8())
                .flatMap(List::stream).map(EvalQuestion::question).distinct().toList();
        assertThat(questions).hasSizeGreaterThan(500);
        assertAloneAsInABatch(questions);
    }

    @Test
    void should_give_the_encoders_vector_when_a_paragraph_is_embedded_alone() throws IOException {
        List<String> paragraphs = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("../corpus/articles"))) {
            for (Path file : files.sorted().toList()) {
                Stream.of(Files.readString(file).split("\n\\s*\n")).filter(PassageEmbedder::embeddable)
                        .forEach(paragraphs::add);
            }
        }
        assertThat(paragraphs).hasSizeGreaterThan(20);
        assertAloneAsInABatch(paragraphs);
    }

    @Test
    void should_give_the_encoders_vector_when_the_shortcut_hands_the_text_back() {
        // Longer than one 510-piece window; pieces that do not rebuild into the same text; no word at all.
        String longText = "The nurses walked out again over pay. ".repeat(80);
        assertAloneAsInABatch(List.of(longText, "naïve café über ﬁnal ｆｕｌｌ width", "[UNK] ## ##s", "?!"));
    }

    private static void assertAloneAsInABatch(List<String> texts) {
        for (String text : texts) {
            // A batch of two goes through LangChain4j's encoder, one text at a time.
            float[] encoder = MODEL.embedAll(List.of(TextSegment.from(text), TextSegment.from("x")))
                    .content().getFirst().vector();
            float[] alone = MODEL.embedAll(List.of(TextSegment.from(text))).content().getFirst().vector();
            assertThat(alone).as(text).containsExactly(encoder);
        }
    }
}
