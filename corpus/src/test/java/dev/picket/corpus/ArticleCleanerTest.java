package dev.picket.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleCleanerTest {

    private static final String HTML = """
            <!DOCTYPE html>
            <html>
            <head>
              <title>Nurses &amp; paramedics walk out</title>
              <meta name="date" content="2023-01-18T09:00:00Z">
              <style>p { color: red; }</style>
              <script>var tracking = 1 < 2 && "pageview";</script>
            </head>
            <body>
              <nav><a href="/">Home</a> | <a href="/news">News</a></nav>
              <p>Nurses &amp; paramedics won&#8217;t accept a &pound;1,000 one-off payment, the union said.</p>
              <p>The walkout
                 begins on Wednesday.</p>
              <script>document.write("ad slot");</script>
              <footer>Copyright Example News Ltd</footer>
            </body>
            </html>
            """;

    private final ArticleCleaner cleaner = new ArticleCleaner(BoilerplateRules.defaults());

    @Test
    void should_decode_entities_and_drop_scripts_when_cleaning_html() {
        ArticleCleaner.Cleaned cleaned = cleaner.clean(HTML, ArticleFormat.HTML);

        assertThat(cleaned.text()).isEqualTo("""
                Nurses & paramedics won’t accept a £1,000 one-off payment, the union said.

                The walkout begins on Wednesday.""");
        assertThat(cleaned.text()).doesNotContain("tracking", "color", "ad slot", "Home", "Copyright");
    }

    @Test
    void should_take_title_and_date_from_the_head_when_cleaning_html() {
        ArticleCleaner.Cleaned cleaned = cleaner.clean(HTML, ArticleFormat.HTML);

        assertThat(cleaned.title()).isEqualTo("Nurses & paramedics walk out");
        assertThat(cleaned.date()).isEqualTo(LocalDate.of(2023, 1, 18));
    }

    @Test
    void should_prefer_the_h1_over_the_title_element_when_both_are_present() {
        String html = "<html><head><title>Site name | Section</title></head>"
                + "<body><h1>Doctors strike for five days</h1><p>Resident doctors began a strike today.</p></body></html>";

        ArticleCleaner.Cleaned cleaned = cleaner.clean(html, ArticleFormat.HTML);

        assertThat(cleaned.title()).isEqualTo("Doctors strike for five days");
    }

    @Test
    void should_use_the_html_title_and_date_when_the_file_has_no_sidecar_row(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("walkout.html"), HTML);

        Article article = CorpusReader.builder().build().read(dir).articles().get(0);

        assertThat(article.title()).isEqualTo("Nurses & paramedics walk out");
        assertThat(article.published()).isEqualTo(LocalDate.of(2023, 1, 18));
        assertThat(article.id()).isEqualTo("walkout");
    }

    @Test
    void should_turn_markdown_into_plain_text_when_cleaning_markdown() {
        String markdown = """
                # Ambulance staff *vote* to strike

                Members of **Unison** and the [GMB](https://www.gmb.org.uk/) voted to _strike_ over pay.

                ![Picket line](https://example.com/picket.jpg)

                ## What happens next

                The ballot result was announced on Tuesday, see <https://example.com/ballot> for details.
                """;

        ArticleCleaner.Cleaned cleaned = cleaner.clean(markdown, ArticleFormat.MARKDOWN);

        assertThat(cleaned.title()).isEqualTo("Ambulance staff vote to strike");
        assertThat(cleaned.text()).isEqualTo("""
                Members of Unison and the GMB voted to strike over pay.

                The ballot result was announced on Tuesday, see https://example.com/ballot for details.""");
    }

    @Test
    void should_read_and_remove_the_date_header_when_a_text_file_starts_with_one() {
        ArticleCleaner.Cleaned cleaned = cleaner.clean(" date 2022-12-11 Nurses will strike on Thursday.\n",
                ArticleFormat.TEXT);

        assertThat(cleaned.date()).isEqualTo(LocalDate.of(2022, 12, 11));
        assertThat(cleaned.text()).isEqualTo("Nurses will strike on Thursday.");
    }

    @Test
    void should_leave_the_date_empty_when_the_date_header_is_not_a_real_date() {
        ArticleCleaner.Cleaned cleaned = cleaner.clean("date 2022-13-45 Nurses will strike on Thursday.",
                ArticleFormat.TEXT);

        assertThat(cleaned.date()).isNull();
        assertThat(cleaned.text()).isEqualTo("Nurses will strike on Thursday.");
    }

    @Test
    void should_strip_inline_tags_when_a_text_file_contains_html() {
        String text = "The <a href=\"https://example.com/nurses\">nursing</a> union met the <i>BBC</i> &amp; ITV.\n\n"
                + "A second paragraph follows here.";

        ArticleCleaner.Cleaned cleaned = cleaner.clean(text, ArticleFormat.TEXT);

        assertThat(cleaned.text()).isEqualTo("The nursing union met the BBC & ITV.\n\nA second paragraph follows here.");
    }

    @Test
    void should_normalise_line_endings_and_invisible_characters_when_cleaning_text() {
        String text = "\uFEFFNurses\u00A0and  doctors\u200B struck\ttoday.\r\nThey were\r\njoined by porters.\r\n\r\n\r\n\r\n"
                + "Talks resume on Monday.\r\n";

        ArticleCleaner.Cleaned cleaned = cleaner.clean(text, ArticleFormat.TEXT);

        assertThat(cleaned.text()).isEqualTo(
                "Nurses and doctors struck today. They were joined by porters.\n\nTalks resume on Monday.");
    }
}
