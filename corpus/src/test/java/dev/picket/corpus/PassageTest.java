package dev.picket.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class PassageTest {

    @Test
    void should_number_passages_from_zero_when_an_article_is_read() {
        for (Article article : SampleCorpus.read().articles()) {
            List<String> expected = IntStream.range(0, article.passages().size())
                    .mapToObj(i -> article.id() + "#" + i).toList();

            assertThat(article.passages()).extracting(Passage::id).containsExactlyElementsOf(expected);
            assertThat(article.passages()).extracting(Passage::ordinal)
                    .containsExactlyElementsOf(IntStream.range(0, expected.size()).boxed().toList());
            assertThat(article.passages()).extracting(Passage::articleId).containsOnly(article.id());
        }
    }

    @Test
    void should_give_the_same_ids_and_texts_when_the_corpus_is_read_twice() {
        List<Passage> first = SampleCorpus.read().articles().stream().flatMap(a -> a.passages().stream()).toList();
        List<Passage> second = SampleCorpus.read().articles().stream().flatMap(a -> a.passages().stream()).toList();

        assertThat(first).hasSizeGreaterThan(5).isEqualTo(second);
    }

    @Test
    void should_reject_an_id_when_it_does_not_match_article_and_ordinal() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Passage("a#2", "a", 1, "Text."))
                .withMessageContaining("a#2");
        assertThat(new Passage("a#1", "a", 1, "Three words here.").wordCount()).isEqualTo(3);
    }
}
