package dev.picket.retrieval.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A question is embedded with the model's query instruction, a passage or a sentence without. */
class QueryInstructionTest {

    private static final String QUESTION = "why did the nurses go on strike";

    @Test
    void should_embed_a_question_apart_from_the_same_words_as_a_passage_when_the_model_is_bge() {
        PassageEmbedder bge = Model.BGE_SMALL.embedder();

        double cosine = Vectors.cosine(bge.embedQuery(QUESTION), bge.embed(QUESTION));

        System.out.printf("bge: question vs the same words as a passage, cosine %.4f%n", cosine);
        assertThat(cosine).as("the instruction moves the vector").isLessThan(0.99);
        assertThat(Vectors.cosine(bge.embedQuery(QUESTION), bge.embed(bge.queryInstruction() + QUESTION)))
                .as("the question is the instruction followed by its words").isGreaterThan(0.999);
    }

    @Test
    void should_embed_a_question_as_a_passage_when_the_model_is_minilm() {
        PassageEmbedder minilm = Model.MINILM.embedder();

        assertThat(minilm.queryInstruction()).isEmpty();
        assertThat(Vectors.cosine(minilm.embedQuery(QUESTION), minilm.embed(QUESTION))).isGreaterThan(0.999);
    }

    @Test
    void should_embed_a_question_once_for_search_and_sentences_when_the_model_is_symmetric() {
        assertThat(embeddedWhenAskedTwice("")).containsExactly(QUESTION);
    }

    @Test
    void should_remember_a_question_apart_from_its_words_when_the_model_has_an_instruction() {
        assertThat(embeddedWhenAskedTwice("query: ")).containsExactly("query: " + QUESTION, QUESTION);
    }

    /** The texts a memoised model embeds for a question asked twice, each time for search and for sentences. */
    private static List<String> embeddedWhenAskedTwice(String instruction) {
        Recording model = new Recording(instruction);
        PassageEmbedder memo = new MemoisingEmbedder(model);
        for (int i = 0; i < 2; i++) {
            memo.embedQuery(QUESTION);
            memo.embed(QUESTION);
        }
        return model.seen;
    }

    /** Embeds each text as a one-hot vector of its length and records what it was asked to embed. */
    private static final class Recording implements PassageEmbedder {

        final List<String> seen = new ArrayList<>();
        private final String instruction;

        Recording(String instruction) {
            this.instruction = instruction;
        }

        @Override
        public List<float[]> embed(List<String> texts) {
            seen.addAll(texts);
            return texts.stream().map(t -> {
                float[] v = new float[64];
                v[t.length() % 64] = 1;
                return v;
            }).toList();
        }

        @Override
        public String queryInstruction() {
            return instruction;
        }
    }
}
