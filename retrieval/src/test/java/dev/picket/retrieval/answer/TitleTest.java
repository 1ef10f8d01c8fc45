package dev.picket.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.picket.retrieval.OnSampleVectors;
import dev.picket.retrieval.RetrievalMode;
import org.junit.jupiter.api.Test;

/** "who is the X": the sentence must say who holds the title, not merely use it beside someone's name. */
class TitleTest extends OnSampleVectors {

    @Test
    void should_read_the_title_when_a_question_asks_who_holds_it() {
        Title title = Title.asked("who is the transport secretary now").orElseThrow();

        assertThat(title.mentionedIn("The Transport Secretary spoke on Monday.")).isTrue();
        assertThat(Title.asked("who runs the union")).isEmpty();
    }

    @Test
    void should_find_the_holder_when_the_name_stands_beside_the_title() {
        Title title = Title.asked("who was the chief executive of the trust").orElseThrow();

        assertThat(title.heldIn("Chief executive Amanda Pritchard said beds were full.")).isTrue();
        assertThat(title.heldIn("The chief executive of NHS England Amanda Pritchard said so.")).isTrue();
        assertThat(title.heldIn("Amanda Pritchard, the chief executive, said so.")).isTrue();
        assertThat(title.heldIn("The chief executive wrote to Mr Smith, who had asked about beds.")).isFalse();
    }

    @Test
    void should_decline_when_the_title_appears_only_without_a_holder() {
        assertThat(sample.answerer(RetrievalMode.HYBRID).answer("who's the chancellor").answered()).isFalse();
    }

    @Test
    void should_answer_when_an_article_names_the_titles_holder() {
        assertThat(sample.answerer(RetrievalMode.HYBRID).answer("who was the foreign secretary in dec 2022")
                .answer()).contains("Cleverly");
    }

    @Test
    void should_quote_a_holder_of_the_title_when_other_sentences_use_it_beside_someone_else() {
        // The sample's closest sentence to the words is a quote about "the Health Secretary" that names only the
        // interviewer; two articles name the holder in apposition.
        assertThat(sample.answerer(RetrievalMode.HYBRID).answer("who is the health secretary").answer())
                .containsAnyOf("Steve Barclay", "Wes Streeting")
                .doesNotContain("Kuenssberg");
    }
}
