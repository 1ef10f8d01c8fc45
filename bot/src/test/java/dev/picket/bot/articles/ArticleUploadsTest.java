package dev.picket.bot.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import dev.picket.bot.CorpusFolder;
import dev.picket.bot.ServedCorpus;
import dev.picket.corpus.CorpusReader;
import dev.picket.retrieval.SearchHit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleUploadsTest {

    private static final long MAX_BYTES = 4096;
    private static final String TEXT = CorpusFolder.PORTERS;

    @TempDir
    Path tmp;

    ServedCorpus served;
    CorpusFolder corpus;
    ArticleUploads uploads;

    @BeforeEach
    void setUp() {
        served = ServedCorpus.in(tmp, b -> b.reader(CorpusReader.builder().maxFileBytes(MAX_BYTES).build()));
        corpus = served.corpus.article("existing.txt", CorpusFolder.prose(1, 120));
        served.reloads.reload().join();
        uploads = new ArticleUploads(served.reloads, MAX_BYTES,
                Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void tearDown() {
        served.close();
    }

    @Test
    void should_save_the_file_and_its_row_and_index_it_when_the_upload_is_valid() throws Exception {
        ArticleAdded added = uploads.add(upload("porters.md", TEXT, "2025-07-30", false));

        assertThat(Files.readString(corpus.dir.resolve("porters.md"))).isEqualTo(TEXT);
        assertThat(Files.readString(corpus.dir.resolve("sources.csv")))
                .contains("porters.md,\"The Gazette, Leeds\",2025-07-30,");
        assertThat(added.passages()).isNotEmpty();
        assertThat(added.replaced()).isNull();
        assertThat(added.reload().added()).containsExactly("porters.md");
        assertThat(search("porters overtime")).first().satisfies(h -> {
            assertThat(h.articleId()).isEqualTo("porters");
            assertThat(h.source()).isEqualTo("The Gazette, Leeds");
            assertThat(h.title()).isEqualTo("Porters walk out");
        });
        assertThat(hiddenLeftovers()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"article.pdf", "article.exe", "article", "article.csv", "sources.csv", "article.txt.zip"})
    void should_refuse_the_upload_when_the_file_type_is_wrong(String name) {
        assertRefused(upload(name, TEXT, "2025-07-30", false), "file type");
    }

    @ParameterizedTest
    @ValueSource(strings = {"porters.text", "porters.markdown", "porters.HTM"})
    void should_save_and_index_the_upload_when_its_type_is_one_the_corpus_reader_reads(String name) throws Exception {
        ArticleAdded added = uploads.add(upload(name, TEXT, "2025-07-30", false));

        assertThat(added.reload().added()).containsExactly(name);
        assertThat(search("porters overtime")).extracting(SearchHit::articleId).contains("porters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../escape.txt", "sub/dir.txt", ".hidden.txt", "spaces in name.txt", "a\u0000b.txt"})
    void should_refuse_the_upload_when_the_file_name_is_not_a_plain_name(String name) {
        assertRefused(upload(name, TEXT, "2025-07-30", false), "file name");
    }

    @Test
    void should_refuse_the_upload_when_the_file_is_too_big() {
        assertRefused(upload("big.txt", "word ".repeat(1000), "2025-07-30", false), "too big");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void should_refuse_the_upload_when_the_date_is_missing(String published) {
        assertRefused(upload("porters.txt", TEXT, published, false), "'published' is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12-31", "0001-01-01", "1899-12-31", "2028-01-01"})
    void should_refuse_the_upload_when_the_date_is_not_plausible(String published) {
        assertRefused(upload("porters.txt", TEXT, published, false), "'published' must be between");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Porters \u202Etuo klaw", "Porters \u2066walk\u2069 out", "Porters\u2028walk out",
            "Porters\u2029walk", "Porters \u200Fwalk", "Porters \u061Cwalk"})
    void should_refuse_the_upload_when_a_field_holds_a_bidi_override_or_a_line_separator(String title) {
        assertRefused(new NewArticle("p.txt", bytes(TEXT), "S", "2025-07-30", title, null, false), "one line");
        assertRefused(new NewArticle("p.txt", bytes(TEXT), title, "2025-07-30", "T", null, false), "one line");
    }

    @ParameterizedTest
    @ValueSource(strings = {"30/07/2025", "2025-13-01", "yesterday"})
    void should_refuse_the_upload_when_the_date_is_not_a_date(String published) {
        assertRefused(upload("porters.txt", TEXT, published, false), "2025-07-30");
    }

    @Test
    void should_refuse_the_upload_when_the_source_or_title_is_missing_or_the_url_is_not_web() {
        assertRefused(new NewArticle("p.txt", bytes(TEXT), " ", "2025-07-30", "T", null, false), "'source'");
        assertRefused(new NewArticle("p.txt", bytes(TEXT), "S", "2025-07-30", null, null, false), "'title'");
        assertRefused(new NewArticle("p.txt", bytes(TEXT), "S", "2025-07-30", "a\nb", null, false), "one line");
        assertRefused(new NewArticle("p.txt", bytes(TEXT), "S", "2025-07-30", "T", "javascript:alert(1)", false),
                "'url'");
    }

    @Test
    void should_refuse_the_upload_when_the_content_is_not_readable_text() {
        assertRefused(new NewArticle("bin.txt", new byte[] {1, 0, 2, 0, 3}, "S", "2025-07-30", "T", null, false),
                "binary");
        assertRefused(upload("empty.md", "", "2025-07-30", false), "empty");
    }

    @Test
    void should_refuse_the_upload_when_the_name_is_taken_and_replace_is_not_set() throws Exception {
        String before = Files.readString(corpus.dir.resolve("existing.txt"));

        assertRefused(upload("existing.txt", TEXT, "2025-07-30", false), "replace:true");
        assertRefused(upload("existing.md", TEXT, "2025-07-30", true), "already used by existing.txt");

        assertThat(Files.readString(corpus.dir.resolve("existing.txt"))).isEqualTo(before);
    }

    @Test
    void should_replace_the_file_and_keep_the_old_one_in_removed_when_replace_is_set() throws Exception {
        String before = Files.readString(corpus.dir.resolve("existing.txt"));

        ArticleAdded added = uploads.add(upload("existing.txt", TEXT, "2025-07-30", true));

        assertThat(added.replaced()).isEqualTo("removed/existing.txt");
        assertThat(Files.readString(corpus.dir.resolve("removed/existing.txt"))).isEqualTo(before);
        assertThat(Files.readString(corpus.dir.resolve("removed/sources.csv"))).contains("existing.txt,\"Test Gazette\"");
        assertThat(Files.readString(corpus.dir.resolve("sources.csv"))).doesNotContain("Test Gazette")
                .contains("existing.txt,\"The Gazette, Leeds\"");
        assertThat(added.reload().changed()).containsExactly("existing.txt");
        assertThat(search("porters overtime")).extracting(SearchHit::articleId).contains("existing");
    }

    @Test
    void should_move_the_file_and_its_row_to_removed_and_drop_it_when_an_article_is_removed() throws Exception {
        uploads.add(upload("porters.txt", TEXT, "2025-07-30", false));

        ArticleRemoved removed = uploads.remove("porters");

        assertThat(removed.fileName()).isEqualTo("porters.txt");
        assertThat(removed.movedTo()).isEqualTo("removed/porters.txt");
        assertThat(corpus.dir.resolve("porters.txt")).doesNotExist();
        assertThat(Files.readString(corpus.dir.resolve("removed/porters.txt"))).isEqualTo(TEXT);
        assertThat(Files.readString(corpus.dir.resolve("removed/sources.csv"))).contains("porters.txt");
        assertThat(Files.readString(corpus.dir.resolve("sources.csv"))).doesNotContain("porters.txt");
        assertThat(removed.reload().removed()).containsExactly("porters.txt");
        assertThat(search("porters overtime")).extracting(SearchHit::articleId).doesNotContain("porters");
    }

    @Test
    void should_keep_both_versions_in_removed_when_a_name_is_removed_twice() throws Exception {
        uploads.add(upload("porters.txt", "First version. " + TEXT, "2025-07-30", false));
        uploads.remove("porters.txt");
        uploads.add(upload("porters.txt", TEXT, "2025-07-30", false));

        ArticleRemoved second = uploads.remove("porters.txt");

        assertThat(second.movedTo()).isEqualTo("removed/porters.20260102-030405-000.txt");
        try (Stream<Path> files = Files.list(corpus.dir.resolve("removed"))) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("porters.txt", "porters.20260102-030405-000.txt", "sources.csv");
        }
    }

    @Test
    void should_refuse_to_remove_an_article_that_is_not_there() {
        assertThatThrownBy(() -> uploads.remove("nope.txt")).isInstanceOf(UploadRefused.class)
                .hasMessageContaining("no article 'nope.txt'");
        assertThatThrownBy(() -> uploads.remove("../existing.txt")).isInstanceOf(UploadRefused.class);
        assertThat(corpus.dir.resolve("existing.txt")).exists();
    }

    @Test
    void should_refuse_the_upload_and_leave_the_sidecar_alone_when_the_sidecar_is_malformed() throws Exception {
        String broken = "file,source,published,title\n\"unterminated,quote\n";
        Files.writeString(corpus.dir.resolve("sources.csv"), broken);

        assertRefused(upload("porters.txt", TEXT, "2025-07-30", false), "sources.csv is malformed");

        assertThat(Files.readString(corpus.dir.resolve("sources.csv"))).isEqualTo(broken);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void should_leave_the_file_and_its_row_as_they_were_when_the_row_cannot_be_written(boolean replace)
            throws Exception {
        String name = replace ? "existing.txt" : "porters.txt";
        // A folder where the sidecar's temporary file goes: the sidecar still reads, but cannot be rewritten.
        Files.createDirectories(corpus.dir.resolve(".sources.csv.tmp/blocked"));
        List<String> before = corpusListing();
        String existing = Files.readString(corpus.dir.resolve("existing.txt"));

        assertThatThrownBy(() -> uploads.add(upload(name, TEXT, "2025-07-30", replace)))
                .isInstanceOf(UploadRefused.class).hasMessageContaining("could not save " + name)
                .hasMessageNotContaining(tmp.toAbsolutePath().toString());

        assertThat(corpusListing()).isEqualTo(before);
        assertThat(Files.readString(corpus.dir.resolve("existing.txt"))).isEqualTo(existing);
    }

    private void assertRefused(NewArticle upload, String why) {
        List<String> before = listing();
        assertThatThrownBy(() -> uploads.add(upload)).isInstanceOf(UploadRefused.class).hasMessageContaining(why);
        assertThat(listing()).isEqualTo(before);
    }

    private static NewArticle upload(String name, String text, String published, boolean replace) {
        return new NewArticle(name, bytes(text), "The Gazette, Leeds", published, "Porters walk out",
                "https://example.org/p", replace);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private List<SearchHit> search(String question) {
        return served.search(question, 10);
    }

    /** The folder a reload reads: what removed/ keeps is left out. */
    private List<String> corpusListing() {
        return listing().stream().filter(f -> !f.startsWith(RemovedFolder.NAME)).toList();
    }

    private List<String> listing() {
        try (Stream<Path> files = Files.walk(corpus.dir)) {
            return files.map(f -> corpus.dir.relativize(f) + ":" + size(f)).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long size(Path f) {
        try {
            return Files.isDirectory(f) ? -1 : Files.size(f);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private List<String> hiddenLeftovers() {
        return listing().stream().filter(n -> n.startsWith(".")).toList();
    }
}
