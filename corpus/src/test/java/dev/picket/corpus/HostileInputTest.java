package dev.picket.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files built to break the reader must load or be skipped with a reason, and never hang or crash it. */
class HostileInputTest {

    private static final int FOUR_MB = 4 * 1024 * 1024;

    @TempDir
    Path dir;

    private Corpus readWith(String fileName, String content) throws IOException {
        SampleCorpus.copyTo(dir);
        Files.writeString(dir.resolve(fileName), content);
        return CorpusReader.builder().build().read(dir);
    }

    private static void assertLoadedOrExplained(Corpus corpus, String fileName) {
        assertThat(corpus.report().loaded()).containsAll(SampleCorpus.FILES);
        Optional<SkippedFile> skipped = corpus.report().skipped().stream()
                .filter(s -> s.file().equals(fileName)).findFirst();
        if (skipped.isPresent()) {
            assertThat(skipped.get().reason()).isNotBlank();
        } else {
            assertThat(corpus.report().loaded()).contains(fileName);
            Article article = SampleCorpus.article(corpus, fileName.replace(".txt", ""));
            assertThat(article.title()).hasSizeLessThanOrEqualTo(140);
            assertThat(article.passages()).isNotEmpty();
        }
    }

    @Test
    void should_load_or_skip_when_a_file_is_one_giant_word() throws IOException {
        Corpus corpus = readWith("giant.txt", "x".repeat(FOUR_MB));

        assertLoadedOrExplained(corpus, "giant.txt");
    }

    @Test
    void should_load_or_skip_when_a_giant_word_ends_in_an_exclamation_mark() throws IOException {
        Corpus corpus = readWith("shout.txt", "x".repeat(FOUR_MB) + "! Nurses are on strike.");

        assertLoadedOrExplained(corpus, "shout.txt");
    }

    @Test
    void should_load_or_skip_when_a_file_is_millions_of_words_without_punctuation() throws IOException {
        Corpus corpus = readWith("ramble.txt", "strike ".repeat(FOUR_MB / 7));

        assertLoadedOrExplained(corpus, "ramble.txt");
    }

    @Test
    void should_skip_with_the_size_when_a_file_is_over_the_default_limit() throws IOException {
        Corpus corpus = readWith("big.txt", "Nurses strike. ".repeat(6 * 1024 * 1024 / 15));

        assertThat(corpus.report().skipped()).singleElement()
                .satisfies(s -> assertThat(s.file()).isEqualTo("big.txt"))
                .satisfies(s -> assertThat(s.reason()).contains("too large").contains("5242880"));
    }
}
