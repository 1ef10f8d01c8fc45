package dev.picket.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncrementalReadTest {

    private static final String TEXT = "Nurses walked out at dawn over pay.\n\nThe union said talks had failed.";

    @TempDir
    Path dir;

    private final CorpusReader reader = CorpusReader.builder().build();
    private final List<Article> changed = new ArrayList<>();

    @Test
    void should_list_an_indexed_article_without_cleaning_it_when_neither_file_nor_row_changed() throws IOException {
        write("a.txt", TEXT, "a.txt,Gazette,2025-07-30,Walkout");
        Map<String, ArticleInfo> indexed = indexedAfterFullRead();

        CorpusListing listing = reader.read(dir, indexed, changed::add);

        assertThat(changed).isEmpty();
        assertThat(listing.articles()).singleElement().isSameAs(indexed.get("a"));
        assertThat(listing.report().loaded()).containsExactly("a.txt");
    }

    @Test
    void should_hand_over_the_article_when_its_bytes_or_its_row_change() throws IOException {
        write("a.txt", TEXT, "a.txt,Gazette,2025-07-30,Walkout");
        Map<String, ArticleInfo> indexed = indexedAfterFullRead();

        write("a.txt", TEXT, "a.txt,Gazette,2025-07-31,Walkout");
        reader.read(dir, indexed, changed::add);
        write("a.txt", TEXT + " More.", "a.txt,Gazette,2025-07-31,Walkout");
        reader.read(dir, indexed, changed::add);

        assertThat(changed).hasSize(2);
        assertThat(changed.get(0).published()).hasToString("2025-07-31");
        assertThat(changed.get(0).contentHash()).isNotEqualTo(indexed.get("a").contentHash());
        assertThat(changed.get(1).text()).endsWith("More.");
        assertThat(changed.get(1).contentHash()).isNotEqualTo(changed.get(0).contentHash());
    }

    @Test
    void should_count_a_renamed_file_as_changed_when_its_bytes_are_the_same() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "# Walkout\n\n" + TEXT);
        Map<String, ArticleInfo> indexed = indexedAfterFullRead();
        Files.move(dir.resolve("a.txt"), dir.resolve("a.md"));

        CorpusListing listing = reader.read(dir, indexed, changed::add);

        assertThat(changed).singleElement().satisfies(a -> {
            assertThat(a.fileName()).isEqualTo("a.md");
            assertThat(a.title()).isEqualTo("Walkout");
        });
        assertThat(listing.articles()).singleElement().extracting(ArticleInfo::fileName).isEqualTo("a.md");
    }

    @Test
    void should_list_new_and_known_articles_together_in_file_order_when_some_changed() throws IOException {
        write("b.txt", TEXT, "b.txt,Gazette,2025-07-30,Walkout");
        Map<String, ArticleInfo> indexed = indexedAfterFullRead();
        Files.writeString(dir.resolve("a.txt"), TEXT + " New.");
        Files.writeString(dir.resolve("c.txt"), TEXT + " Also new.");

        CorpusListing listing = reader.read(dir, indexed, changed::add);

        assertThat(changed).extracting(Article::id).containsExactly("a", "c");
        assertThat(listing.articles()).extracting(ArticleInfo::id).containsExactly("a", "b", "c");
        assertThat(listing.passageCount()).isEqualTo(3);
    }

    private Map<String, ArticleInfo> indexedAfterFullRead() {
        Map<String, ArticleInfo> byId = new HashMap<>();
        reader.read(dir).articles().forEach(a -> byId.put(a.id(), a.info()));
        return byId;
    }

    private void write(String name, String text, String row) throws IOException {
        Files.writeString(dir.resolve(name), text);
        Files.writeString(dir.resolve("sources.csv"), "file,source,published,title\n" + row + "\n");
    }
}
