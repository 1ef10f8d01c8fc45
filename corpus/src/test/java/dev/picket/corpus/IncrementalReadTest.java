package dev.picket.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
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

    @Test
    void should_take_an_untouched_files_hash_from_its_stamp_without_reading_it() throws IOException {
        FileStamps stamps = new FileStamps();
        Map<String, ArticleInfo> indexed = stampedAndIndexed(stamps);

        // Same size, same time: the quick check (as rsync's) cannot see this edit, which shows the file was not read.
        FileTime time = Files.getLastModifiedTime(dir.resolve("a.txt"));
        Files.writeString(dir.resolve("a.txt"), TEXT.replace("dawn", "dusk"));
        Files.setLastModifiedTime(dir.resolve("a.txt"), time);
        reader.read(dir, indexed, stamps, changed::add);

        assertThat(stamps.size()).isEqualTo(1);
        assertThat(changed).isEmpty();
    }

    @Test
    void should_read_the_file_again_when_its_time_changed_since_its_stamp() throws IOException {
        FileStamps stamps = new FileStamps();
        Map<String, ArticleInfo> indexed = stampedAndIndexed(stamps);

        Files.writeString(dir.resolve("a.txt"), TEXT.replace("dawn", "dusk"));
        reader.read(dir, indexed, stamps, changed::add);

        assertThat(changed).singleElement().extracting(Article::text).asString().contains("dusk");
    }

    @Test
    void should_hand_over_the_article_when_only_its_sidecar_row_changed_since_its_stamp() throws IOException {
        FileStamps stamps = new FileStamps();
        Map<String, ArticleInfo> indexed = stampedAndIndexed(stamps);
        assertThat(stamps.size()).isEqualTo(1);

        Files.writeString(dir.resolve("sources.csv"), "file,source,published,title\na.txt,Gazette,2025-07-31,Walkout\n");
        reader.read(dir, indexed, stamps, changed::add);

        assertThat(changed).singleElement().extracting(Article::published).hasToString("2025-07-31");
    }

    @Test
    void should_not_stamp_a_file_modified_moments_before_it_was_read() throws IOException {
        write("a.txt", TEXT, "a.txt,Gazette,2025-07-30,Walkout");
        Map<String, ArticleInfo> indexed = indexedAfterFullRead();
        Instant modified = Files.getLastModifiedTime(dir.resolve("a.txt")).toInstant();
        // The reader's clock, not the wall clock, says when the read happened: a loaded machine cannot stretch it.
        CorpusReader soonAfter = CorpusReader.builder()
                .clock(Clock.fixed(modified.plus(FileStamps.SETTLE).minusMillis(1), ZoneOffset.UTC)).build();
        CorpusReader settled = CorpusReader.builder()
                .clock(Clock.fixed(modified.plus(FileStamps.SETTLE).plusSeconds(1), ZoneOffset.UTC)).build();
        FileStamps stamps = new FileStamps();

        soonAfter.read(dir, indexed, stamps, changed::add);
        assertThat(stamps.size()).as("a second edit in the same clock tick would go unseen").isZero();
        settled.read(dir, indexed, stamps, changed::add);
        assertThat(stamps.size()).as("stamped once the file has settled").isEqualTo(1);
    }

    /** a.txt indexed, then read once more into the stamps, as by a reload long after its last edit. */
    private Map<String, ArticleInfo> stampedAndIndexed(FileStamps stamps) throws IOException {
        write("a.txt", TEXT, "a.txt,Gazette,2025-07-30,Walkout");
        Map<String, ArticleInfo> indexed = settledAndIndexed("a.txt");
        reader.read(dir, indexed, stamps, changed::add);
        return indexed;
    }

    /** Dates the files an hour back, as if last edited long before this read, and indexes the folder. */
    private Map<String, ArticleInfo> settledAndIndexed(String... names) throws IOException {
        for (String name : names) {
            Files.setLastModifiedTime(dir.resolve(name), FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        }
        return indexedAfterFullRead();
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
