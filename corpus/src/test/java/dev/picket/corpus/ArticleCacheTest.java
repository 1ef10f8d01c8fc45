package dev.picket.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleCacheTest {

    private static final String TEXT = "Nurses walked out at dawn over pay.\n\nThe union said talks had failed.";

    @TempDir
    Path dir;

    private final CorpusReader reader = CorpusReader.builder().build();
    private final ArticleCache cache = new ArticleCache();

    @Test
    void should_reuse_the_article_when_neither_the_file_nor_its_row_changed() throws IOException {
        write("a.txt", TEXT, "a.txt,Gazette,2025-07-30,Walkout");

        Article first = only(reader.read(dir, cache));
        Article second = only(reader.read(dir, cache));

        assertThat(second).isSameAs(first);
    }

    @Test
    void should_read_the_file_again_when_its_bytes_or_its_row_change() throws IOException {
        write("a.txt", TEXT, "a.txt,Gazette,2025-07-30,Walkout");
        Article first = only(reader.read(dir, cache));

        write("a.txt", TEXT, "a.txt,Gazette,2025-07-31,Walkout");
        Article newRow = only(reader.read(dir, cache));
        write("a.txt", TEXT + " More.", "a.txt,Gazette,2025-07-31,Walkout");
        Article newText = only(reader.read(dir, cache));

        assertThat(newRow.published()).hasToString("2025-07-31");
        assertThat(newRow.contentHash()).isNotEqualTo(first.contentHash());
        assertThat(newText.text()).endsWith("More.");
        assertThat(newText.contentHash()).isNotEqualTo(newRow.contentHash());
    }

    @Test
    void should_forget_files_that_left_the_folder_when_read_again() throws IOException {
        write("a.txt", TEXT, "a.txt,Gazette,2025-07-30,Walkout");
        Files.writeString(dir.resolve("b.txt"), TEXT);
        reader.read(dir, cache);
        Files.delete(dir.resolve("b.txt"));

        reader.read(dir, cache);

        assertThat(cache.size()).isEqualTo(1);
    }

    private void write(String name, String text, String row) throws IOException {
        Files.writeString(dir.resolve(name), text);
        Files.writeString(dir.resolve("sources.csv"), "file,source,published,title\n" + row + "\n");
    }

    private static Article only(Corpus corpus) {
        assertThat(corpus.articles()).hasSize(1);
        return corpus.articles().getFirst();
    }
}
