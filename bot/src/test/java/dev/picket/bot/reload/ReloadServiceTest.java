package dev.picket.bot.reload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import dev.picket.bot.CorpusFolder;
import dev.picket.bot.ServedCorpus;
import dev.picket.retrieval.SearchHit;
import dev.picket.retrieval.index.PassageIndex;
import dev.picket.retrieval.index.SyncProgress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReloadServiceTest {

    @TempDir
    Path tmp;

    ServedCorpus served;
    CorpusFolder corpus;
    PassageIndex index;
    ReloadService reloads;
    // Every article the index writes, in order; a reload that re-processes an article shows up here.
    final List<String> written = new CopyOnWriteArrayList<>();
    // Lets a test hold or break a reload part-way; by default it records and goes on.
    final AtomicReference<SyncProgress> hook = new AtomicReference<>(SyncProgress.NONE);

    @BeforeEach
    void setUp() {
        served = ServedCorpus.in(tmp, b -> b.progress(id -> {
            written.add(id);
            hook.get().written(id);
        }));
        corpus = served.corpus;
        index = served.index;
        reloads = served.reloads;
        for (int i = 0; i < 5; i++) {
            corpus.article("a" + i + ".txt", CorpusFolder.prose(i, 150));
        }
    }

    @AfterEach
    void tearDown() {
        served.close();
    }

    @Test
    void should_count_each_written_article_against_the_total_when_a_first_build_runs() {
        for (int i = 5; i < 40; i++) {
            corpus.article("a" + i + ".txt", CorpusFolder.prose(i, 40));
        }
        List<ReloadProgress.Progress> seen = new CopyOnWriteArrayList<>();
        hook.set(id -> seen.add(reloads.progress().orElseThrow()));

        reloads.reload().join();

        assertThat(seen).hasSize(40);
        assertThat(seen).extracting(ReloadProgress.Progress::done).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 40).boxed().toList());
        assertThat(seen).allSatisfy(p -> {
            assertThat(p.total()).isEqualTo(40);
            assertThat(p.firstBuild()).isTrue();
        });
        assertThat(reloads.progress()).isEmpty();
    }

    @Test
    void should_count_only_the_new_articles_when_a_later_reload_runs() {
        reloads.reload().join();
        corpus.article("new.txt", CorpusFolder.prose(99, 80));
        List<ReloadProgress.Progress> seen = new CopyOnWriteArrayList<>();
        hook.set(id -> seen.add(reloads.progress().orElseThrow()));

        reloads.reload().join();

        assertThat(seen).singleElement().satisfies(p -> {
            assertThat(p.done()).isEqualTo(1);
            assertThat(p.total()).isEqualTo(1);
            assertThat(p.firstBuild()).isFalse();
        });
    }

    @Test
    void should_reprocess_only_the_edited_article_when_one_file_changes() {
        ReloadReport first = reloads.reload().join();
        written.clear();
        corpus.article("a2.txt", CorpusFolder.prose(2, 150) + " Porters joined the walkout on Friday.");

        ReloadReport second = reloads.reload().join();

        assertThat(first.added()).hasSize(5);
        assertThat(written).containsExactly("a2");
        assertThat(second.succeeded()).isTrue();
        assertThat(second.changed()).containsExactly("a2.txt");
        assertThat(second.added()).isEmpty();
        assertThat(second.removed()).isEmpty();
        assertThat(second.unchanged()).isEqualTo(4);
        assertThat(second.passagesIndexed()).isEqualTo(reloads.loaded().orElseThrow().article("a2").orElseThrow()
                .passages());
        assertThat(second.generation()).isEqualTo(first.generation() + 1);
        assertThat(search("porters")).extracting(SearchHit::articleId).containsOnly("a2");
    }

    @Test
    void should_reprocess_nothing_when_the_folder_is_unchanged() {
        ReloadReport first = reloads.reload().join();
        written.clear();

        ReloadReport second = reloads.reload().join();

        assertThat(written).isEmpty();
        assertThat(second.changedIndex()).isFalse();
        assertThat(second.unchanged()).isEqualTo(5);
        assertThat(second.generation()).isEqualTo(first.generation());
    }

    @Test
    void should_report_added_changed_removed_and_skipped_files_when_the_folder_changes() {
        reloads.reload().join();
        corpus.article("a5.txt", CorpusFolder.prose(5, 100))
                .article("a0.txt", CorpusFolder.prose(50, 100))
                .delete("a1.txt")
                .bytes("broken.txt", new byte[] {(byte) 0xC3, (byte) 0x28, 'a', 'b'})
                .bytes("notes.pdf", "%PDF-1.4".getBytes());

        ReloadReport report = reloads.reload().join();

        assertThat(report.succeeded()).isTrue();
        assertThat(report.error()).isNull();
        assertThat(report.added()).containsExactly("a5.txt");
        assertThat(report.changed()).containsExactly("a0.txt");
        assertThat(report.removed()).containsExactly("a1.txt");
        assertThat(report.unchanged()).isEqualTo(3);
        assertThat(report.skipped()).extracting(f -> f.file()).containsExactlyInAnyOrder("broken.txt", "notes.pdf");
        assertThat(report.skipped()).allSatisfy(f -> assertThat(f.reason()).isNotBlank());
        assertThat(report.skipped()).filteredOn(f -> f.file().equals("broken.txt")).singleElement()
                .satisfies(f -> assertThat(f.reason()).contains("UTF-8"));
        assertThat(report.duration()).isPositive();
        assertThat(index.articleCount()).isEqualTo(5);
    }

    @Test
    void should_give_the_second_caller_the_running_reload_report_when_reloads_overlap() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<ReloadReport> first = reloadHeldUntil(release);

        CompletableFuture<ReloadReport> second = reloads.reload();
        CompletableFuture<ReloadReport> third = reloads.reload();
        release.countDown();

        ReloadReport a = first.get(10, TimeUnit.SECONDS);
        assertThat(second.get(10, TimeUnit.SECONDS)).isSameAs(a);
        assertThat(third.get(10, TimeUnit.SECONDS)).isSameAs(a);
        assertThat(written).hasSize(5);
        assertThat(a.generation()).isEqualTo(1);
    }

    @Test
    void should_run_one_more_reload_for_all_callers_that_changed_the_folder_while_one_ran() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<ReloadReport> running = reloadHeldUntil(release);
        hook.set(SyncProgress.NONE);
        corpus.article("late.txt", CorpusFolder.prose(99, 100));

        CompletableFuture<ReloadReport> afterChange1 = reloads.reloadAfterChange();
        CompletableFuture<ReloadReport> afterChange2 = reloads.reloadAfterChange();
        release.countDown();

        ReloadReport before = running.get(10, TimeUnit.SECONDS);
        ReloadReport after = afterChange1.get(10, TimeUnit.SECONDS);
        assertThat(afterChange2.get(10, TimeUnit.SECONDS)).isSameAs(after);
        assertThat(before.added()).doesNotContain("late.txt");
        assertThat(after.added()).containsExactly("late.txt");
    }

    @Test
    void should_keep_serving_the_old_index_when_a_reload_fails_part_way() {
        ReloadReport good = reloads.reload().join();
        corpus.article("a3.txt", "Porters joined the walkout on Friday. " + CorpusFolder.prose(3, 100))
                .article("a4.txt", "Porters joined the walkout on Friday. " + CorpusFolder.prose(4, 100));
        hook.set(id -> {
            if (id.equals("a4")) {
                throw new IllegalStateException("disk full");
            }
        });

        ReloadReport failed = reloads.reload().join();

        assertThat(failed.succeeded()).isFalse();
        assertThat(failed.error()).contains("disk full");
        assertThat(failed.generation()).isEqualTo(good.generation());
        assertThat(index.generation()).isEqualTo(good.generation());
        assertThat(search("porters")).isEmpty();
        assertThat(index.articleCount()).isEqualTo(5);
        assertThat(reloads.last()).contains(failed);

        hook.set(SyncProgress.NONE);
        ReloadReport retried = reloads.reload().join();
        assertThat(retried.succeeded()).isTrue();
        assertThat(retried.changed()).containsExactlyInAnyOrder("a3.txt", "a4.txt");
        assertThat(search("porters")).extracting(SearchHit::articleId).containsOnly("a3", "a4");
    }

    @Test
    void should_keep_the_indexed_version_when_a_file_becomes_unreadable() {
        reloads.reload().join();
        List<String> before = search("nurses strike").stream().map(SearchHit::passageId).toList();
        corpus.bytes("a2.txt", new byte[] {0, 1, 2, 3, 0, 0});

        ReloadReport report = reloads.reload().join();

        assertThat(report.succeeded()).isTrue();
        assertThat(report.removed()).isEmpty();
        assertThat(report.skipped()).singleElement().satisfies(f -> {
            assertThat(f.file()).isEqualTo("a2.txt");
            assertThat(f.reason()).contains("binary").contains("previously indexed version is still served");
        });
        assertThat(index.holds("a2")).isTrue();
        assertThat(search("nurses strike").stream().map(SearchHit::passageId).toList()).isEqualTo(before);
    }

    @Test
    void should_report_why_and_keep_the_old_index_when_the_corpus_folder_is_gone() throws IOException {
        ReloadReport good = reloads.reload().join();
        java.nio.file.Files.move(corpus.dir, tmp.resolve("elsewhere"));

        ReloadReport failed = reloads.reload().join();

        assertThat(failed.succeeded()).isFalse();
        assertThat(failed.error()).contains("does not exist");
        assertThat(index.articleCount()).isEqualTo(5);
        assertThat(index.generation()).isEqualTo(good.generation());
        assertThat(reloads.loaded().orElseThrow().corpus().articles()).hasSize(5);
    }

    private List<SearchHit> search(String question) {
        return served.search(question, 20);
    }

    /** Starts a reload that stops at its first article until {@code release} opens. */
    private CompletableFuture<ReloadReport> reloadHeldUntil(CountDownLatch release) throws InterruptedException {
        CountDownLatch inside = new CountDownLatch(1);
        hook.set(id -> {
            inside.countDown();
            await(release);
        });
        CompletableFuture<ReloadReport> running = reloads.reload();
        assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
        return running;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
