package dev.picket.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import dev.picket.corpus.CorpusReader;
import dev.picket.retrieval.embed.MemoisingEmbedder;
import dev.picket.retrieval.embed.PassageEmbedder;
import dev.picket.retrieval.index.PassageIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A hybrid answer embeds a new question once, for the search, the passages' weighing and the sentences' alike,
 * also when its kind strips words before the search ("why", "demanding", "who leads").
 */
class EmbeddingsPerAnswerTest {

    @TempDir
    static Path dir;

    private static final CountingEmbedder MODEL = new CountingEmbedder(SampleIndex.embedder(), "minilm-counted");
    private static PassageIndex index;
    private static Answerer answerer;

    @BeforeAll
    static void index() {
        PassageEmbedder embedder = new MemoisingEmbedder(MODEL);
        index = PassageIndex.open(dir.resolve("index"), embedder, true);
        index.sync(CorpusReader.builder().build().read(SampleIndex.ARTICLES));
        answerer = RetrievalPipeline.builder().index(index).embedder(embedder).mode(RetrievalMode.HYBRID).build()
                .answerer();
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"When will the radiographers strike again?", "How many porters voted for action?",
            "Why are the paramedics walking out?", "Why are the nurses going on strike?",
            "What are the midwives demanding from ministers?", "Who leads the union of the porters?",
            "How much of a pay rise do the cleaners want?"})
    void should_embed_a_new_question_once_when_it_is_answered_in_hybrid_mode(String question) {
        int before = MODEL.texts.get();

        Answer answer = answerer.answer(question);

        assertThat(MODEL.texts.get() - before).as(answer.answer()).isEqualTo(1);
    }
}
