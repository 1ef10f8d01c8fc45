package dev.picket.retrieval.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.picket.corpus.Article;
import dev.picket.corpus.Corpus;
import dev.picket.corpus.CorpusListing;
import dev.picket.corpus.CorpusReader;
import dev.picket.retrieval.SampleIndex;
import dev.picket.retrieval.SearchHit;
import dev.picket.retrieval.TestArticles;
import dev.picket.retrieval.search.Bm25Retriever;
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
            addZebracrossingSentence(articles);
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
    void should_list_the_committed_articles_without_their_texts_when_reopened() throws IOException {
        Path articles = copySample();
        Corpus corpus = read(articles);
        try (PassageIndex index = PassageIndex.open(tmp.resolve("index"))) {
            index.sync(corpus);
        }
        try (PassageIndex reopened = PassageIndex.open(tmp.resolve("index"));
             IndexSync sync = reopened.startSync(SyncProgress.NONE)) {
            assertThat(sync.indexed().values()).containsExactlyInAnyOrderElementsOf(
                    corpus.articles().stream().map(Article::info).toList());
        }
    }

    @Test
    void should_index_only_what_the_reader_hands_over_when_syncing_article_by_article() throws IOException {
        Path articles = copySample();
        try (PassageIndex index = PassageIndex.open(tmp.resolve("index"))) {
            index.sync(read(articles));
            addZebracrossingSentence(articles);
            List<String> handedOver = new ArrayList<>();

            SyncReport report;
            try (IndexSync sync = index.startSync(SyncProgress.NONE)) {
                CorpusListing listing = CorpusReader.builder().build().read(articles, sync.indexed(), article -> {
                    handedOver.add(article.id());
                    sync.write(article);
                });
                report = sync.commit(listing);
            }

            assertThat(handedOver).containsExactly("002_d59a43f00b1277ce");
            assertThat(report.changed()).containsExactly("002_d59a43f00b1277ce");
            assertThat(report.unchanged()).isEqualTo(4);
            assertThat(new Bm25Retriever(index).retrieve("zebracrossing", 3)).extracting(SearchHit::articleId)
                    .containsExactly("002_d59a43f00b1277ce");
        }
    }

    @Test
    void should_serve_the_last_commit_when_a_sync_is_closed_without_committing() throws IOException {
        Path articles = copySample();
        try (PassageIndex index = PassageIndex.open(tmp.resolve("index"))) {
            index.sync(read(articles));
            long generation = index.generation();
            int passages = index.passageCount();
            Article extra = TestArticles.article("extra", "Gazette", null, "Zebracrossing nurses walked out.");

            try (IndexSync sync = index.startSync(SyncProgress.NONE)) {
                sync.write(extra);
            }

            assertThat(index.generation()).isEqualTo(generation);
            assertThat(index.passageCount()).isEqualTo(passages);
            assertThat(index.sync(read(articles)).isNoOp()).as("the next sync starts from the last commit").isTrue();
            assertThat(new Bm25Retriever(index).retrieve("zebracrossing", 3)).isEmpty();
        }
    }

    @Test
    void should_keep_an_indexed_article_when_its_file_is_skipped_by_the_next_read() throws IOException {
        Path articles = copySample();
        try (PassageIndex index = PassageIndex.open(tmp.resolve("index"))) {
            index.sync(read(articles));
            Files.write(articles.resolve("002_d59a43f00b1277ce.txt"), new byte[] {0, 1, 2, (byte) 0xff, 0});

            SyncReport report = index.sync(read(articles));

            assertThat(report.removed()).isEmpty();
            assertThat(index.holds("002_d59a43f00b1277ce")).isTrue();
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

    /** Edits article 002 so that it alone holds the made-up word "zebracrossing". */
    private static void addZebracrossingSentence(Path articles) throws IOException {
        Path edited = articles.resolve("002_d59a43f00b1277ce.txt");
        Files.writeString(edited, Files.readString(edited) + "\n\nA zebracrossing sentence added by a moderator.");
    }

    private static Corpus read(Path articles) {
        return CorpusReader.builder().build().read(articles);
    }
}
