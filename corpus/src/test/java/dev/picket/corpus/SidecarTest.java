package dev.picket.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SidecarTest {

    private final List<String> warnings = new ArrayList<>();

    private Sidecar parse(String csv) {
        return Sidecar.parse(new StringReader(csv), warnings);
    }

    @Test
    void should_read_every_field_when_a_row_is_well_formed() {
        Sidecar sidecar = parse("""
                FILE , Source ,Published, Title ,url
                a.txt, Sky News , 2022-12-19 ,"Barclay seeks talks, but not on pay",https://news.sky.com/story/1
                """);

        assertThat(sidecar.forFile("a.txt")).isEqualTo(new ArticleMetadata("Sky News", LocalDate.of(2022, 12, 19),
                "Barclay seeks talks, but not on pay", "https://news.sky.com/story/1"));
        assertThat(warnings).isEmpty();
    }

    @Test
    void should_hold_the_listed_articles_own_values_when_its_row_has_equal_ones() {
        Sidecar sidecar = parse("file,source,published,title,url\na.txt,Sky News,2022-12-19,Talks,https://e.com/a\n");
        ArticleInfo listed = new ArticleInfo("a", "a.txt", new String("Sky News"), LocalDate.of(2022, 12, 19),
                new String("Talks resume"), new String("https://e.com/a"), "hash", 3);

        ArticleMetadata shared = sidecar.share("a.txt", listed);

        assertThat(shared).isEqualTo(new ArticleMetadata("Sky News", LocalDate.of(2022, 12, 19), "Talks",
                "https://e.com/a"));
        assertThat(shared.source()).isSameAs(listed.source());
        assertThat(shared.url()).isSameAs(listed.url());
        assertThat(shared.published()).isSameAs(listed.published());
        assertThat(sidecar.forFile("a.txt")).isSameAs(shared);
        assertThat(sidecar.share("b.txt", listed)).isEqualTo(ArticleMetadata.NONE);
    }

    @Test
    void should_leave_the_url_empty_when_the_sidecar_has_no_url_column() {
        Sidecar sidecar = parse("file,source,published,title\na.txt,Sky News,2022-12-19,Talks\n");

        assertThat(sidecar.forFile("a.txt").url()).isNull();
        assertThat(sidecar.forFile("a.txt").title()).isEqualTo("Talks");
        assertThat(warnings).isEmpty();
    }

    @Test
    void should_warn_and_keep_the_other_fields_when_a_date_or_url_is_bad() {
        Sidecar sidecar = parse("""
                file,source,published,title,url
                a.txt,Sky News,19/12/2022,Talks,ftp://example.com/a
                b.txt,Sky News,2023-02-30,More talks,https://example.com/b
                """);

        assertThat(sidecar.forFile("a.txt")).isEqualTo(new ArticleMetadata("Sky News", null, "Talks", null));
        assertThat(sidecar.forFile("b.txt").published()).isNull();
        assertThat(sidecar.forFile("b.txt").url()).isEqualTo("https://example.com/b");
        assertThat(warnings).containsExactly(
                "sources.csv line 2: published '19/12/2022' is not a YYYY-MM-DD date, ignored",
                "sources.csv line 2: url 'ftp://example.com/a' is not http(s), ignored",
                "sources.csv line 3: published '2023-02-30' is not a YYYY-MM-DD date, ignored");
    }

    @Test
    void should_warn_and_skip_the_row_when_it_has_no_file_name() {
        Sidecar sidecar = parse("file,source,published,title\n,Sky News,2022-12-19,Orphan\nb.txt,ITV,,Kept\n");

        assertThat(warnings).containsExactly("sources.csv line 2: no file name, row ignored");
        assertThat(sidecar.forFile("b.txt").source()).isEqualTo("ITV");
    }

    @Test
    void should_warn_and_keep_earlier_rows_when_a_row_has_too_many_columns() {
        Sidecar sidecar = parse("""
                file,source,published,title
                a.txt,Sky News,2022-12-19,Talks
                b.txt,ITV,2022-12-20,Streeting warns doctors, says talks are over
                c.txt,BBC,2022-12-21,Strike
                """);

        assertThat(sidecar.forFile("a.txt").source()).isEqualTo("Sky News");
        assertThat(warnings).singleElement().asString()
                .startsWith("sources.csv: malformed CSV after 1 rows")
                .endsWith("later rows ignored");
    }

    @Test
    void should_read_the_header_when_the_sidecar_starts_with_a_byte_order_mark() {
        Sidecar sidecar = parse("\uFEFFfile,source,published,title\na.txt,Sky News,2022-12-19,Talks\n");

        assertThat(warnings).isEmpty();
        assertThat(sidecar.forFile("a.txt").source()).isEqualTo("Sky News");
    }

    @Test
    void should_return_no_metadata_when_a_file_has_no_row() {
        assertThat(parse("file,source,published,title\n").forFile("a.txt")).isEqualTo(ArticleMetadata.NONE);
        assertThat(Sidecar.read(Path.of("no-such-folder", "sources.csv"), warnings).forFile("a.txt"))
                .isEqualTo(ArticleMetadata.NONE);
        assertThat(warnings).isEmpty();
    }

    @Test
    void should_prefer_the_sidecar_date_and_title_when_the_text_has_its_own(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), " date 2020-01-01 Nurses will strike again next month.\n");
        Files.writeString(dir.resolve("sources.csv"), "file,source,published,title\na.txt,ITV,2021-02-02,Nurses to strike\n");

        Article article = CorpusReader.builder().build().read(dir).articles().get(0);

        assertThat(article.published()).isEqualTo(LocalDate.of(2021, 2, 2));
        assertThat(article.title()).isEqualTo("Nurses to strike");
        assertThat(article.source()).isEqualTo("ITV");
    }

    @Test
    void should_fall_back_to_the_date_header_when_the_sidecar_date_is_bad(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), " date 2020-01-01 Nurses will strike again next month.\n");
        Files.writeString(dir.resolve("sources.csv"), "file,source,published,title\na.txt,ITV,last Tuesday,Nurses\n");

        Corpus corpus = CorpusReader.builder().build().read(dir);

        assertThat(corpus.articles().get(0).published()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(corpus.report().warnings()).singleElement().asString().contains("last Tuesday");
    }

    @Test
    void should_use_fallbacks_when_there_is_no_sidecar(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Nurses will strike again. The union confirmed the dates on Monday.");

        Corpus corpus = CorpusReader.builder().build().read(dir);

        Article article = corpus.articles().get(0);
        assertThat(article.source()).isEqualTo("Unknown source");
        assertThat(article.title()).isEqualTo("Nurses will strike again.");
        assertThat(article.published()).isNull();
        assertThat(article.url()).isNull();
        assertThat(corpus.report().warnings()).isEmpty();
    }

    @Test
    void should_date_the_sample_articles_from_their_header_when_the_sidecar_is_missing(@TempDir Path dir)
            throws IOException {
        SampleCorpus.copyTo(dir);
        Files.delete(dir.resolve("sources.csv"));

        Corpus corpus = CorpusReader.builder().build().read(dir);

        assertThat(corpus.articles()).hasSize(5);
        assertThat(SampleCorpus.article(corpus, "000_49e35b76aa9f111b").published()).isEqualTo("2022-12-11");
        assertThat(SampleCorpus.article(corpus, "004_b8399ad4387e3a20").published()).isEqualTo("2025-07-30");
        assertThat(SampleCorpus.article(corpus, "001_33371de56cf75ba2").published()).isNull();
        Article noSidecar = SampleCorpus.article(corpus, "000_49e35b76aa9f111b");
        assertThat(noSidecar.source()).isEqualTo("Unknown source");
        assertThat(noSidecar.title()).startsWith("The health secretary won’t hold pay talks").endsWith("…")
                .hasSizeLessThanOrEqualTo(140);
    }

    @Test
    void should_warn_but_load_everything_when_the_sidecar_has_bad_and_unknown_rows(@TempDir Path dir)
            throws IOException {
        SampleCorpus.copyTo(dir);
        Path csv = dir.resolve("sources.csv");
        Files.writeString(csv, Files.readString(csv)
                .replace("2023-05-28", "28 May 2023")
                + "999_deleted.txt,Sky News,2023-01-01,An article that was removed\n"
                + "not,\"a proper row\n");

        Corpus corpus = CorpusReader.builder().build().read(dir);

        assertThat(corpus.report().loaded()).containsExactlyElementsOf(SampleCorpus.FILES);
        assertThat(corpus.report().warnings()).hasSize(3).anySatisfy(w -> assertThat(w).contains("28 May 2023"))
                .anySatisfy(w -> assertThat(w).contains("malformed CSV"))
                .anySatisfy(w -> assertThat(w).contains("999_deleted.txt").contains("no such file"));
        assertThat(SampleCorpus.article(corpus, "002_d59a43f00b1277ce").published()).isNull();
        assertThat(SampleCorpus.article(corpus, "003_9c64a7fd3e2ddd29").source()).isEqualTo("Daily Mirror");
    }

    @Test
    void should_warn_and_load_articles_when_the_sidecar_is_not_utf8(@TempDir Path dir) throws IOException {
        SampleCorpus.copyTo(dir);
        Files.write(dir.resolve("sources.csv"), new byte[] {'f', 'i', 'l', 'e', '\n', (byte) 0xff, (byte) 0xfe, '\n'});

        Corpus corpus = CorpusReader.builder().build().read(dir);

        assertThat(corpus.articles()).hasSize(5).allSatisfy(a -> assertThat(a.source()).isEqualTo("Unknown source"));
        assertThat(corpus.report().warnings()).singleElement().asString().startsWith("sources.csv: ").endsWith("ignored");
    }
}
