package dev.picket.bot.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;

import dev.picket.bot.CorpusFolder;
import dev.picket.retrieval.embed.PassageEmbedder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.util.unit.DataSize;

class KnowledgeBaseTest {

    @TempDir
    Path tmp;

    @Test
    void should_say_the_index_is_being_built_when_no_sync_has_finished() throws Exception {
        try (var knowledge = closing(open(new CorpusFolder(tmp.resolve("articles")).dir))) {
            assertThat(knowledge.kb.isServing()).isFalse();
            assertThatThrownBy(knowledge.kb::requireServing).isInstanceOf(NotServingException.class)
                    .hasMessage("the index is still being built; try again in a moment");
        }
    }

    @Test
    void should_say_why_when_the_first_sync_failed() throws Exception {
        try (var knowledge = closing(open(tmp.resolve("no-such-folder")))) {
            knowledge.kb.sync().join();

            assertThatThrownBy(knowledge.kb::requireServing).isInstanceOf(NotServingException.class)
                    .hasMessageStartingWith("the index could not be built: ").hasMessageContaining("no-such-folder");
        }
    }

    @Test
    void should_serve_when_a_sync_has_finished() throws Exception {
        CorpusFolder corpus = new CorpusFolder(tmp.resolve("articles")).article("a.txt", CorpusFolder.PORTERS);
        try (var knowledge = closing(open(corpus.dir))) {
            knowledge.kb.sync().join();

            assertThat(knowledge.kb.isServing()).isTrue();
            assertThatCode(knowledge.kb::requireServing).doesNotThrowAnyException();
        }
    }

    private KnowledgeBase open(Path corpusDir) {
        return new KnowledgeBase(new CorpusProperties(corpusDir, DataSize.ofMegabytes(1), null),
                new IndexProperties(tmp.resolve("index")), Clock.systemUTC(),
                new StaticListableBeanFactory().getBeanProvider(PassageEmbedder.class));
    }

    private static Closing closing(KnowledgeBase kb) {
        return new Closing(kb);
    }

    private record Closing(KnowledgeBase kb) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            kb.destroy();
        }
    }
}
