package dev.picket.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import dev.picket.corpus.Corpus;
import dev.picket.corpus.CorpusReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PassageIndexTest {

    @TempDir
    Path tmp;

    @Test
    void should_index_every_passage_when_syncing_an_empty_index() throws IOException {
        Corpus corpus = read(copySample());
        try (PassageIndex index = PassageIndex.open(tmp.resolve("index"))) {
            SyncReport report = index.sync(corpus);

            assertThat(report.added()).hasSize(5);
            assertThat(report.passagesIndexed()).isEqualTo(corpus.passageCount());
            assertThat(index.passageCount()).isEqualTo(corpus.passageCount());
            assertThat(index.articleCount()).isEqualTo(5);
        }
    }

    @Test
    void should_reuse_the_index_when_reopened_on_an_unchanged_corpus() throws IOException {
        Path articles = copySample();
        try (PassageIndex index = PassageIndex.open(tmp.resolve("index"))) {
            index.sync(read(articles));
        }
        try (PassageIndex reopened = PassageIndex.open(tmp.resolve("index"))) {
            assertThat(reopened.passageCount()).as("served before any sync").isEqualTo(read(articles).passageCount());

            SyncReport report = reopened.sync(read(articles));

            assertThat(report.isNoOp()).isTrue();
            assertThat(report.unchanged()).isEqualTo(5);
            assertThat(report.passagesIndexed()).isZero();
        }
    }

    @Test
    void should_reindex_only_the_changed_article_when_one_file_is_edited_and_one_removed() throws IOException {
        Path articles = copySample();
        try (PassageIndex index = PassageIndex.open(tmp.resolve("index"))) {
            index.sync(read(articles));
            Path edited = articles.resolve("002_d59a43f00b1277ce.txt");
            Files.writeString(edited, Files.readString(edited) + "\n\nA zebracrossing sentence added by a moderator.");
            Files.delete(articles.resolve("000_49e35b76aa9f111b.txt"));

            SyncReport report = index.sync(read(articles));

            assertThat(report.changed()).containsExactly("002_d59a43f00b1277ce");
            assertThat(report.removed()).containsExactly("000_49e35b76aa9f111b");
            assertThat(report.added()).isEmpty();
            assertThat(report.unchanged()).isEqualTo(3);
            assertThat(index.articleCount()).isEqualTo(4);
            Bm25Retriever retriever = new Bm25Retriever(index);
            assertThat(retriever.retrieve("zebracrossing", 3)).extracting(SearchHit::articleId)
                    .containsExactly("002_d59a43f00b1277ce");
            assertThat(retriever.retrieve("Pat Cullen complete joke", 10)).extracting(SearchHit::articleId)
                    .doesNotContain("000_49e35b76aa9f111b");
        }
    }

    @Test
    void should_refuse_a_second_writer_when_the_index_is_already_open() {
        try (PassageIndex first = PassageIndex.open(tmp.resolve("index"))) {
            assertThatThrownBy(() -> PassageIndex.open(tmp.resolve("index")))
                    .isInstanceOf(IndexException.class)
                    .hasMessageContaining("cannot open the index");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void should_fail_clearly_when_the_index_folder_is_a_file() throws IOException {
        Path file = Files.writeString(tmp.resolve("not-a-folder"), "x");

        assertThatThrownBy(() -> PassageIndex.open(file))
                .isInstanceOf(IndexException.class)
                .hasMessageContaining(file.toAbsolutePath().toString());
    }

    private Path copySample() throws IOException {
        Path target = Files.createDirectories(tmp.resolve("articles"));
        try (Stream<Path> files = Files.list(SampleIndex.ARTICLES)) {
            for (Path f : files.toList()) {
                Files.copy(f, target.resolve(f.getFileName().toString()));
            }
        }
        return target;
    }

    private static Corpus read(Path articles) {
        return CorpusReader.builder().build().read(articles);
    }
}
