package dev.picket.corpus;

import static dev.picket.corpus.SampleCorpus.words;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

class PassageSplitterTest {

    private final PassageSplitter splitter = PassageSplitter.defaults();

    /** A paragraph of {@code sentences} ten-word sentences, each ending with a full stop. */
    private static String paragraph(int sentences) {
        return String.join(" ", Collections.nCopies(sentences, "Nurses " + words(8, "walked") + " out."));
    }

    private static List<String> sentencesOf(List<String> texts) {
        return texts.stream()
                .flatMap(t -> Arrays.stream(t.split("\\n\\n")))
                .flatMap(p -> Sentences.split(p).stream())
                .toList();
    }

    @Test
    void should_keep_paragraphs_whole_when_they_fit() {
        String p1 = paragraph(4);
        String p2 = paragraph(5);
        String p3 = paragraph(10);

        List<String> passages = splitter.split(p1 + "\n\n" + p2 + "\n\n" + p3);

        assertThat(passages).containsExactly(p1 + "\n\n" + p2, p3);
    }

    @Test
    void should_split_a_long_paragraph_at_sentence_ends_when_it_exceeds_the_maximum() {
        String text = paragraph(40);

        List<String> passages = splitter.split(text);

        assertThat(passages).extracting(Words::count).containsExactly(150, 150, 100);
        assertThat(passages).allSatisfy(p -> assertThat(p).startsWith("Nurses ").endsWith(" out."));
        assertThat(String.join(" ", passages)).isEqualTo(text);
    }

    @Test
    void should_cut_a_sentence_at_words_when_it_alone_exceeds_the_maximum() {
        String giant = "The union said " + words(400, "that") + " the strike would go ahead.";
        String text = "Talks failed on Monday. " + giant + " Ministers were not surprised.";

        List<String> passages = splitter.split(text);

        assertThat(passages).allSatisfy(p -> assertThat(Words.count(p)).isLessThanOrEqualTo(150));
        assertThat(String.join(" ", passages).split("\\s+")).containsExactly(text.split("\\s+"));
    }

    @Test
    void should_cut_a_giant_word_when_an_article_has_no_space_or_full_stop() {
        String text = "x".repeat(1024 * 1024);

        List<String> passages = splitter.split(text);

        assertThat(passages).allSatisfy(p -> assertThat(p).hasSizeLessThanOrEqualTo(1_500));
        assertThat(String.join("", passages)).isEqualTo(text);
    }

    @Test
    void should_merge_a_short_final_remainder_when_it_would_be_a_fragment() {
        String body = paragraph(14);
        String remainder = "The strike ends on Friday at midnight, the union said in a statement.";

        List<String> passages = splitter.split(body + "\n\n" + remainder);

        assertThat(passages).containsExactly(body + "\n\n" + remainder);
    }

    @Test
    void should_make_a_single_short_passage_when_the_article_is_short() {
        assertThat(splitter.split("Nurses strike today.\n\nTalks resume tomorrow."))
                .containsExactly("Nurses strike today.\n\nTalks resume tomorrow.");
        assertThat(splitter.split("  \n\n  ")).isEmpty();
    }

    @Test
    void should_keep_passages_between_min_and_max_words_when_splitting_the_sample_corpus() {
        for (Article article : SampleCorpus.read().articles()) {
            assertThat(article.passages()).as(article.id()).isNotEmpty()
                    .allSatisfy(p -> assertThat(p.wordCount()).isBetween(60, 150));
        }
    }

    @Test
    void should_never_cut_a_sentence_when_splitting_the_sample_corpus() {
        for (Article article : SampleCorpus.read().articles()) {
            List<String> texts = article.passages().stream().map(Passage::text).toList();

            assertThat(texts).as(article.id()).allSatisfy(t -> assertThat(t)
                    .containsPattern("^[“\"‘']?\\p{Lu}")
                    .containsPattern("[.!?…][”\"’')]*$"));
            assertThat(sentencesOf(texts)).as(article.id())
                    .containsExactlyElementsOf(sentencesOf(List.of(article.text())));
        }
    }

    @Test
    void should_keep_every_paragraph_whole_in_one_passage_when_splitting_the_sample_corpus() {
        for (Article article : SampleCorpus.read().articles()) {
            for (String paragraph : article.text().split("\\n\\n")) {
                if (Words.count(paragraph) <= 150) {
                    assertThat(article.passages()).as(article.id())
                            .filteredOn(p -> Arrays.asList(p.text().split("\\n\\n")).contains(paragraph))
                            .hasSize(1);
                }
            }
        }
    }

    @Test
    void should_reject_limits_when_they_are_inconsistent() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PassageSplitter(0, 10));
        assertThatIllegalArgumentException().isThrownBy(() -> new PassageSplitter(100, 50));
    }
}
