package dev.picket.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A copy of the sample corpus with every kind of bad file added next to the good articles. */
class CorpusReaderTest {

    private static final long LIMIT = 10_000;
    private static final String GOOD_ARTICLE = "Porters joined the strike on Monday. The union said more would follow.";

    @TempDir
    Path dir;

    private Corpus corpus;

    @BeforeEach
    void readMessyCorpus() throws IOException {
        SampleCorpus.copyTo(dir);
        Files.write(dir.resolve("binary.txt"), new byte[] {'N', 'H', 'S', 0, 1, 2, 0, 'x'});
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.writeString(dir.resolve("blank.txt"), " \n\n\t \n");
        Files.write(dir.resolve("latin1.txt"), "Caf\u00e9 staff joined the strike.".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("huge.txt"), GOOD_ARTICLE.repeat((int) (LIMIT / GOOD_ARTICLE.length()) + 10));
        Files.writeString(dir.resolve("notes.docx"), GOOD_ARTICLE);
        Files.writeString(dir.resolve("README"), GOOD_ARTICLE);
        Files.writeString(dir.resolve("README.md"), "# About this folder\n\n" + GOOD_ARTICLE);
        Files.writeString(dir.resolve(".hidden.txt"), GOOD_ARTICLE);
        Files.createDirectory(dir.resolve("removed"));
        Files.writeString(dir.resolve("removed").resolve("old.txt"), GOOD_ARTICLE);
        Files.createSymbolicLink(dir.resolve("dangling.txt"), dir.resolve("gone.txt"));
        Files.createSymbolicLink(dir.resolve("loop-a.txt"), dir.resolve("loop-b.txt"));
        Files.createSymbolicLink(dir.resolve("loop-b.txt"), dir.resolve("loop-a.txt"));
        Files.createSymbolicLink(dir.resolve("self"), dir);

        corpus = CorpusReader.builder().maxFileBytes(LIMIT).build().read(dir);
    }

    private String reasonFor(String file) {
        return corpus.report().skipped().stream().filter(s -> s.file().equals(file)).map(SkippedFile::reason)
                .findFirst().orElseThrow(() -> new AssertionError(file + " not reported: " + corpus.report()));
    }

    @Test
    void should_load_the_good_articles_when_bad_files_sit_next_to_them() {
        assertThat(corpus.report().loaded()).containsExactlyElementsOf(SampleCorpus.FILES);
        assertThat(corpus.articles()).extracting(Article::fileName).containsExactlyElementsOf(SampleCorpus.FILES);
        assertThat(corpus.passageCount()).isEqualTo(20);
    }

    @Test
    void should_report_exactly_the_bad_files_when_they_are_skipped() {
        assertThat(corpus.report().skipped()).extracting(SkippedFile::file).containsExactly("README", "README.md", "binary.txt",
                "blank.txt", "dangling.txt", "empty.txt", "huge.txt", "latin1.txt", "loop-a.txt", "loop-b.txt",
                "notes.docx");
    }

    @Test
    void should_explain_the_problem_when_a_file_is_skipped() {
        assertThat(reasonFor("binary.txt")).contains("binary").contains("NUL");
        assertThat(reasonFor("empty.txt")).isEqualTo("empty file");
        assertThat(reasonFor("blank.txt")).contains("no article text left");
        assertThat(reasonFor("latin1.txt")).isEqualTo("not valid UTF-8 (bad byte near offset 3)");
        assertThat(reasonFor("huge.txt")).startsWith("too large:").endsWith("the limit is 10000");
        assertThat(reasonFor("notes.docx")).startsWith("unsupported file type");
        assertThat(reasonFor("README")).contains("README").contains("not an article");
        assertThat(reasonFor("README.md")).contains("README").contains("not an article");
        assertThat(reasonFor("dangling.txt")).contains("not a regular file");
        assertThat(reasonFor("loop-a.txt")).contains("not a regular file");
    }

    @Test
    void should_ignore_hidden_files_and_subfolders_when_reading() {
        assertThat(corpus.report().loaded()).doesNotContain(".hidden.txt", "old.txt");
        assertThat(corpus.report().skipped()).extracting(SkippedFile::file)
                .doesNotContain(".hidden.txt", "removed", "self", "old.txt");
    }

    @Test
    void should_skip_the_second_file_when_two_files_have_the_same_id(@TempDir Path other) throws IOException {
        Files.writeString(other.resolve("a.md"), GOOD_ARTICLE);
        Files.writeString(other.resolve("a.txt"), GOOD_ARTICLE);

        Corpus read = CorpusReader.builder().build().read(other);

        assertThat(read.report().loaded()).containsExactly("a.md");
        assertThat(read.report().skipped())
                .containsExactly(new SkippedFile("a.txt", "another file already has the article id 'a'"));
    }

    @Test
    void should_fail_with_the_path_when_the_corpus_folder_is_missing() {
        Path missing = dir.resolve("no-such-corpus");

        assertThatThrownBy(() -> CorpusReader.builder().build().read(missing))
                .isInstanceOf(CorpusException.class)
                .hasMessageContaining(missing.toAbsolutePath().toString());
    }

    @Test
    void should_fail_with_the_path_when_the_corpus_folder_is_a_file() {
        Path file = dir.resolve(SampleCorpus.FILES.get(0));

        assertThatThrownBy(() -> CorpusReader.builder().build().read(file))
                .isInstanceOf(CorpusException.class)
                .hasMessageContaining(file.toAbsolutePath().toString());
    }

    @Test
    void should_stamp_the_report_with_the_clock_when_one_is_given() {
        Instant now = Instant.parse("2025-07-30T12:00:00Z");

        Corpus read = CorpusReader.builder().clock(Clock.fixed(now, ZoneOffset.UTC)).build().read(SampleCorpus.DIR);

        assertThat(read.report().finishedAt()).isEqualTo(now);
    }

    @Test
    void should_reject_a_size_limit_when_it_is_not_positive() {
        assertThatIllegalArgumentException().isThrownBy(() -> CorpusReader.builder().maxFileBytes(0));
    }
}
