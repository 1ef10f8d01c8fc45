package dev.picket.bot.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

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
                    .hasMessage("The articles are still being indexed; please try again in a moment.");
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

    @Test
    void should_say_how_far_the_first_build_has_got_when_asked_while_it_runs() throws Exception {
        CorpusFolder corpus = new CorpusFolder(tmp.resolve("articles"));
        for (int i = 0; i < 3; i++) {
            corpus.article("a" + i + ".txt", CorpusFolder.prose(i, 120));
        }
        CountDownLatch embedding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        PassageEmbedder held = texts -> {
            if (Thread.currentThread().getName().startsWith("picket-reload")) {
                embedding.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return texts.stream().map(t -> new float[] {1, 0, 0, 0}).toList();
        };
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("embedder", held);
        try (var knowledge = closing(new KnowledgeBase(new CorpusProperties(corpus.dir, DataSize.ofMegabytes(1), null),
                new IndexProperties(tmp.resolve("index")), Clock.systemUTC(), beans.getBeanProvider(PassageEmbedder.class)))) {
            var sync = knowledge.kb.sync();
            assertThat(embedding.await(30, TimeUnit.SECONDS)).isTrue();

            assertThatThrownBy(knowledge.kb::requireServing).isInstanceOf(NotServingException.class)
                    .hasMessage("The articles are still being indexed (0 of 3); please try again in a moment.");
            assertThat(knowledge.kb.reloads().progress()).hasValueSatisfying(p -> {
                assertThat(p.total()).isEqualTo(3);
                assertThat(p.firstBuild()).isTrue();
            });
            release.countDown();
            sync.join();
            assertThat(knowledge.kb.reloads().progress()).isEmpty();
            assertThat(knowledge.kb.isServing()).isTrue();
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
