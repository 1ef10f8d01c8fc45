package dev.picket.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Cleaning, end to end, on the five bundled sample articles. */
class SampleCorpusCleaningTest {

    private static Corpus corpus;

    @BeforeAll
    static void readSampleCorpus() {
        corpus = SampleCorpus.read();
    }

    @Test
    void should_load_all_five_sample_articles_when_reading_the_bundled_folder() {
        assertThat(corpus.report().loaded()).containsExactlyElementsOf(SampleCorpus.FILES);
        assertThat(corpus.report().skipped()).isEmpty();
        assertThat(corpus.report().warnings()).isEmpty();
    }

    static Stream<Arguments> boilerplateInRawFiles() {
        return Stream.of(
                Arguments.of("000_49e35b76aa9f111b", List.of("date 2022-12-11",
                        "Sign up to the Inside Politics email", "Get our free Inside Politics email",
                        "Please enter a valid email address", "SIGN UP", "Read our privacy notice",
                        "Thanks for signing up", "more follows")),
                Arguments.of("001_33371de56cf75ba2", List.of(
                        "Politics live: Ruling on Rwanda scheme expected this morning", "More on Strikes",
                        "Read more: Strikes every day before Christmas", "which sectors are affected and why")),
                Arguments.of("002_d59a43f00b1277ce", List.of("<a href=", "target=\"_blank\"",
                        "https://www.thenationalnews.com", "</a>", "<i>", "</i>")),
                Arguments.of("003_9c64a7fd3e2ddd29", List.of("Be the first with news from Mirror Politics",
                        "WHATSAPP GROUP", "Politics WhatsApp group", "NEWSLETTER:",
                        "Mirror's Politics newsletter", "PODCAST:", "The Division Bell",
                        "Health Secretary Wes Streeting is meeting junior doctors today")),
                Arguments.of("004_b8399ad4387e3a20", List.of("date 2025-07-30",
                        "Your support helps us to tell the story", "Support Now", "Your donation allows us",
                        "Your support makes all the difference", "Read more", "paywalls")));
    }

    @ParameterizedTest
    @MethodSource("boilerplateInRawFiles")
    void should_remove_site_boilerplate_when_cleaning_a_sample_article(String id, List<String> boilerplate) {
        String text = SampleCorpus.article(corpus, id).text();

        for (String phrase : boilerplate) {
            assertThat(text).as("%s still contains boilerplate", id).doesNotContain(phrase);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            000_49e35b76aa9f111b | The health secretary won’t hold pay talks with nurses | “I won’t dig in if he doesn’t dig in,” she added.
            001_33371de56cf75ba2 | Health Secretary Steve Barclay is understood to be writing | the UK’s preparedness for industrial action.
            002_d59a43f00b1277ce | The government will no longer negotiate on pay with the leading nursing union | according to the Office for National Statistics.
            003_9c64a7fd3e2ddd29 | Wes Streeting said he had “hit the reset button” | to make further progress on finding a solution to this dispute.”
            004_b8399ad4387e3a20 | Striking resident doctors will lose if they go to war with the Government | warned of knock-on impacts for other patients.
            """)
    void should_keep_the_article_body_from_first_to_last_sentence_when_boilerplate_is_removed(
            String id, String firstWords, String lastWords) {
        String text = SampleCorpus.article(corpus, id).text();

        assertThat(text).startsWith(firstWords).endsWith(lastWords);
    }

    @ParameterizedTest
    @CsvSource({
            "000_49e35b76aa9f111b, 2022-12-11",
            "001_33371de56cf75ba2, 2022-12-19",
            "002_d59a43f00b1277ce, 2023-05-28",
            "003_9c64a7fd3e2ddd29, 2024-07-10",
            "004_b8399ad4387e3a20, 2025-07-30"})
    void should_know_the_publication_date_when_reading_a_sample_article(String id, LocalDate expected) {
        assertThat(SampleCorpus.article(corpus, id).published()).isEqualTo(expected);
    }

    @Test
    void should_leave_no_html_tags_or_entities_when_cleaning_the_sample_articles() {
        for (Article article : corpus.articles()) {
            assertThat(article.text()).as(article.id())
                    .doesNotContainPattern("<\\s*/?\\s*[a-zA-Z][^>]*>")
                    .doesNotContainPattern("&(#\\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);");
        }
    }

    @Test
    void should_normalise_whitespace_when_cleaning_the_sample_articles() {
        for (Article article : corpus.articles()) {
            assertThat(article.text()).as(article.id())
                    .doesNotContain("  ")
                    .doesNotContain("\n\n\n")
                    .doesNotContainPattern("(?<!\\n)\\n(?!\\n)")
                    .doesNotContainPattern("[\\t\\r\\u00A0\\u200B\\uFEFF]")
                    .doesNotContainPattern(" \\n|\\n ")
                    .isEqualTo(article.text().strip());
        }
    }
}
